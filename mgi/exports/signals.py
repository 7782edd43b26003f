"""Each change of the published data queues the making of the new open-data files."""

from django.db import transaction
from django.dispatch import receiver

from mgi.exports.tasks import request_open_data
from mgi.operations.public_changes import public_data_changed


@receiver(public_data_changed, dispatch_uid="open-data-files")
def published_data_changed(sender, **kwargs):
    # After the commit: the worker must find the new data, and a rolled-back change queues nothing.
    transaction.on_commit(request_open_data)
