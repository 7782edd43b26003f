"""The search index: one row per searchable text of a published assessment, in one language.

Rows are written only by `mgi.search.indexing`. The database's own full-text index sits beside
this table (an FTS5 table kept in step by triggers on SQLite, a generated tsvector column with a
GIN index on PostgreSQL; see the migrations), over `search_text`, the folded words of `text`.
Place, round and domain are copied onto each row so that a search reads one table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from mgi.assessments.models import Assessment


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        FINDING = "finding", _("Key finding")
        ANSWER = "answer", _("Answer")
        JUSTIFICATION = "justification", _("Justification")
        SOURCE = "source", _("Source")

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="search_entries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    place_code = models.CharField(max_length=64)
    place_name = models.CharField(max_length=200)
    place_kind = models.CharField(max_length=16)
    round_year = models.PositiveSmallIntegerField()
    framework_code = models.CharField(max_length=64)
    domain_slug = models.CharField(max_length=64, blank=True)
    domain_number = models.PositiveSmallIntegerField(null=True, blank=True)
    indicator_code = models.CharField(max_length=16, blank=True)
    # The element id on the profile page that holds the text (without "#"); "" for the top.
    anchor = models.CharField(max_length=120, blank=True)
    text = models.TextField()
    search_text = models.TextField()
    # The filters as words (see text.facet_words), so that SQLite's full-text index applies
    # them itself instead of checking every match against this table.
    facets = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["place_code", "round_year"])]

    def __str__(self) -> str:
        return f"{self.place_code} {self.round_year} {self.kind} {self.object_id} [{self.language}]"
