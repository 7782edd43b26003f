from django.core.management.base import BaseCommand
from tqdm import tqdm

from mgi.search.backends import optimize_index
from mgi.search.indexing import assessments_to_index, index_assessment
from mgi.search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search index from every published profile (newest revision of each round)."

    def handle(self, *args, **options):
        # Rows of assessments that are no longer published or no longer the newest revision go.
        SearchEntry.objects.exclude(assessment_id__in=assessments_to_index()).delete()
        ids = list(assessments_to_index())
        rows = 0
        for assessment_id in tqdm(ids, desc="search index", unit="assessment", disable=None):
            rows += index_assessment(assessment_id)
        optimize_index()
        self.stdout.write(f"{len(ids)} published assessments, {rows} entries indexed")
