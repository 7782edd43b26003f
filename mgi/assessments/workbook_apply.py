"""Write a checked questionnaire workbook in one short transaction.

The pages save one answer or source at a time through the services in `answers`. A workbook
brings thousands of rows at once; written row by row like that, each row with its own history
record, one upload held the database's write lock for many seconds and another team's save
failed behind it. Here everything that can be worked out before writing is worked out first
(options, the history's before and after, the rows to insert), and the transaction only checks
the versions and runs a few bulk statements. It is still all or nothing.
"""

from django.db import transaction
from django.utils import timezone

from mgi.assessments.answers import answer_snapshot, source_snapshot
from mgi.assessments.errors import EditConflict
from mgi.assessments.models import Answer, AuditRecord, Source
from mgi.frameworks.models import ScaleOption

# Below SQLite's oldest limit on bound parameters, so an IN list never overflows it.
ID_BATCH = 900


def write_workbook(assessment, plan, user) -> None:
    """Apply `plan` (checked by `read_workbook`); EditConflict if a row moved on meanwhile."""
    options = _options_by_scale_and_code(plan)
    answer_sources = _current_source_ids([answer.pk for answer, *_ in plan.answer_edits])
    actor = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        _check_versions(plan)
        new_ids = _insert_new_sources(assessment, plan, actor)
        history = _update_sources(assessment, plan, actor)
        history += _update_answers(assessment, plan, options, answer_sources, new_ids, actor)
        AuditRecord.objects.bulk_create(history)


def _batches(ids: list[int]):
    for start in range(0, len(ids), ID_BATCH):
        yield ids[start : start + ID_BATCH]


def _versions(model, ids: list[int]) -> dict[int, int]:
    # Locked on PostgreSQL; on SQLite the transaction already holds the only write lock.
    versions = {}
    for batch in _batches(ids):
        rows = model.objects.select_for_update().filter(pk__in=batch).values_list("pk", "version")
        versions.update(rows)
    return versions


def _check_versions(plan) -> None:
    answers = _versions(Answer, [answer.pk for answer, *_ in plan.answer_edits])
    sources = _versions(Source, [source.pk for source, *_ in plan.source_edits])
    moved = [
        f"indicator {answer.indicator.code}"
        for answer, version, *_ in plan.answer_edits
        if answers.get(answer.pk) != version
    ] + [
        f"source {source.title!r}"
        for source, version, _ in plan.source_edits
        if sources.get(source.pk) != version
    ]
    if moved:
        raise EditConflict(
            "The workbook was not applied: while it was being applied, someone else changed "
            + ", ".join(moved)
            + ". Upload it again to see what changed."
        )


def _options_by_scale_and_code(plan) -> dict[tuple[int, str], ScaleOption]:
    scale_ids = {answer.indicator.scale_id for answer, *_ in plan.answer_edits}
    return {
        (option.scale_id, option.code): option
        for option in ScaleOption.objects.filter(scale_id__in=scale_ids)
    }


def _current_source_ids(answer_ids: list[int]) -> dict[int, list[int]]:
    through = Answer.sources.through
    chosen: dict[int, list[int]] = {pk: [] for pk in answer_ids}
    for batch in _batches(answer_ids):
        for answer_id, source_id in through.objects.filter(answer_id__in=batch).values_list(
            "answer_id", "source_id"
        ):
            chosen[answer_id].append(source_id)
    return chosen


def _record(action, obj, assessment, actor, before, after) -> AuditRecord:
    return AuditRecord(
        action=action,
        actor=actor,
        via="workbook",
        assessment=assessment,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        before=before,
        after=after,
    )


def _insert_new_sources(assessment, plan, actor) -> dict[str, int]:
    refs = list(plan.new_sources)
    sources = Source.objects.bulk_create(
        [Source(assessment=assessment, **plan.new_sources[ref].__dict__) for ref in refs]
    )
    AuditRecord.objects.bulk_create(
        [_record("add_source", s, assessment, actor, None, source_snapshot(s)) for s in sources]
    )
    return {ref: source.pk for ref, source in zip(refs, sources, strict=True)}


def _update_sources(assessment, plan, actor) -> list[AuditRecord]:
    history, changed = [], []
    for source, version, fields in plan.source_edits:
        before = source_snapshot(source)
        for name, value in fields.__dict__.items():
            setattr(source, name, value)
        source.version = version + 1
        changed.append(source)
        history.append(
            _record("edit_source", source, assessment, actor, before, source_snapshot(source))
        )
    Source.objects.bulk_update(changed, ["title", "kind", "citation", "url", "date", "version"])
    return history


def _update_answers(assessment, plan, options, answer_sources, new_ids, actor):
    history, changed, links = [], [], []
    now = timezone.now()
    for answer, version, edit, refs in plan.answer_edits:
        before = answer_snapshot(answer, answer_sources[answer.pk])
        chosen = [new_ids[ref] if ref in new_ids else int(ref[1:]) for ref in refs]
        answer.option = (
            options[(answer.indicator.scale_id, edit.option_code)] if edit.option_code else None
        )
        answer.justification = edit.justification
        answer.version = version + 1
        answer.updated_at = now
        changed.append(answer)
        links += [Answer.sources.through(answer_id=answer.pk, source_id=pk) for pk in set(chosen)]
        after = answer_snapshot(answer, set(chosen))
        history.append(_record("edit_answer", answer, assessment, actor, before, after))
    Answer.objects.bulk_update(changed, ["option", "justification", "version", "updated_at"])
    through = Answer.sources.through
    for batch in _batches([answer.pk for answer in changed]):
        through.objects.filter(answer_id__in=batch).delete()
    through.objects.bulk_create(links)
    return history
