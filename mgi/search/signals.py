"""Keep the search index in step with publication: an assessment is indexed when it is published
(or corrected, which publishes a new revision) and whenever its published content is written.

Indexing waits for the commit, so the index never shows a rolled-back text, and runs once per
assessment and transaction however many of its rows were written (an import writes dozens).
"""

import time
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from mgi.assessments.models import Answer, Assessment, Source
from mgi.profiles.models import Finding, Profile
from mgi.search.indexing import index_if_published, index_newest_revision

PUBLISHED_CONTENT = (Answer, Source, Finding, Profile)


# When each assessment was last indexed in this process (monotonic clock); see _index_once.
_indexed_at: dict[int, float] = {}


def index_after_commit(assessment_id: int) -> None:
    transaction.on_commit(partial(_index_once, assessment_id, time.monotonic()))


def _index_once(assessment_id: int, written_at: float) -> None:
    # An import writes dozens of rows in one transaction, each with its callback; the first to
    # run after the commit indexes everything, and the rest, written before that, have no work.
    if _indexed_at.get(assessment_id, float("-inf")) > written_at:
        return
    _indexed_at[assessment_id] = time.monotonic()
    index_if_published(assessment_id)


@receiver(post_save, sender=Assessment, dispatch_uid="search-index-assessment")
def assessment_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_after_commit(instance.pk)


@receiver(post_delete, sender=Assessment, dispatch_uid="search-unindex-assessment")
def assessment_deleted(sender, instance, **kwargs):
    # Its rows go with it (on delete cascade); an older revision may now be the newest.
    transaction.on_commit(partial(index_newest_revision, instance.place_id, instance.round_year))


def content_written(sender, instance, raw=False, origin=None, **kwargs):
    if raw or isinstance(origin, Assessment):
        return
    index_after_commit(instance.assessment_id)


for model in PUBLISHED_CONTENT:
    post_save.connect(content_written, sender=model, dispatch_uid=f"search-index-{model.__name__}")
    post_delete.connect(
        content_written, sender=model, dispatch_uid=f"search-unindex-{model.__name__}"
    )
