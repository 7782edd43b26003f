"""The work `mgi worker` does after a publication, as people see it: its state, its errors, and
its retries.

Apps declare their background tasks here with a name people understand. A failed run is tried
again after a pause, a few times, since most failures after a publication are passing ones (a
full disk being cleared, a database restarting); after the last attempt it waits for a person,
who sees the error and can ask for another try.
"""

import datetime
from dataclasses import dataclass

from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

MAX_ATTEMPTS = 3
# The pause before the second and the third attempt.
RETRY_DELAYS = (datetime.timedelta(seconds=30), datetime.timedelta(minutes=5))

_declared: dict[str, tuple[object, str]] = {}


def declare_background_work(task, name: str) -> None:
    """Show `task` to coordinators under `name`, and retry it when it fails."""
    _declared[task.module_path] = (task, name)


@dataclass(frozen=True)
class WorkState:
    task_path: str
    name: str
    state: str  # "queued", "running", "done", "retrying", "failed" or "never"
    label: str
    when: datetime.datetime | None
    error: str
    attempts: int

    @property
    def can_try_again(self) -> bool:
        return self.state == "failed"


STATE_LABELS = {
    "queued": _("Queued"),
    "running": _("Running"),
    "done": _("Done"),
    "retrying": _("Failed; it will be tried again"),
    "failed": _("Failed"),
    "never": _("Not run yet"),
}


def _runs(task_path: str):
    return DBTaskResult.objects.filter(task_path=task_path).order_by("-enqueued_at")


def _failures_in_a_row(task_path: str, until: DBTaskResult | None = None) -> int:
    """Failed runs before the last run that did not fail (counting back from `until`)."""
    runs = _runs(task_path)
    if until is not None:
        runs = runs.filter(enqueued_at__lte=until.enqueued_at)
    count = 0
    for status in runs.values_list("status", flat=True)[: MAX_ATTEMPTS + 1]:
        if status != TaskResultStatus.FAILED:
            break
        count += 1
    return count


def _error_line(run: DBTaskResult) -> str:
    lines = [line for line in run.traceback.strip().splitlines() if line.strip()]
    return lines[-1] if lines else run.exception_class_path


def work_state(task_path: str) -> WorkState:
    _task, name = _declared[task_path]
    runs = list(_runs(task_path)[:2])
    latest = runs[0] if runs else None
    failures = _failures_in_a_row(task_path)
    if latest is None:
        state, when, error = "never", None, ""
    elif latest.status == TaskResultStatus.SUCCESSFUL:
        state, when, error = "done", latest.finished_at, ""
    elif latest.status == TaskResultStatus.FAILED:
        state, when, error = "failed", latest.finished_at, _error_line(latest)
    elif latest.status == TaskResultStatus.RUNNING:
        state, when, error = "running", latest.started_at, ""
    elif len(runs) > 1 and runs[1].status == TaskResultStatus.FAILED:
        # Queued again after a failure: say so, with the error that made it necessary.
        state, when, error = "retrying", latest.run_after, _error_line(runs[1])
        failures = _failures_in_a_row(task_path, until=runs[1])
    else:
        state, when, error = "queued", latest.enqueued_at, ""
    return WorkState(task_path, name, state, STATE_LABELS[state], when, error, failures)


def background_work_states() -> list[WorkState]:
    return [work_state(path) for path in _declared]


def enqueue_once(task) -> None:
    """Queue `task` unless a run of it is queued or under way already: one run after a burst of
    changes makes everything they changed."""
    pending = DBTaskResult.objects.filter(
        task_path=task.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    )
    if not pending.exists():
        task.enqueue()


def try_again(task_path: str) -> bool:
    """Queue a failed task at once; False if it is not failed (done, queued or running)."""
    if task_path not in _declared or work_state(task_path).state != "failed":
        return False
    task, _name = _declared[task_path]
    task.enqueue()
    return True


@receiver(task_finished, dispatch_uid="retry-failed-background-work")
def retry_failed_work(sender, task_result, **kwargs):
    path = task_result.task.module_path
    if task_result.status != TaskResultStatus.FAILED or path not in _declared:
        return
    failures = _failures_in_a_row(path)
    if failures < MAX_ATTEMPTS:
        delay = RETRY_DELAYS[min(failures, len(RETRY_DELAYS)) - 1]
        task_result.task.using(run_after=timezone.now() + delay).enqueue(
            *task_result.args, **task_result.kwargs
        )
