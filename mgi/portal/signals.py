"""The portal's PDFs follow the published data: forgotten when their texts change, printed again
by the worker after each change."""

from django.db import transaction
from django.dispatch import receiver

from mgi.operations.public_changes import public_data_changed
from mgi.portal.pdf_cache import forget_published_pdf
from mgi.portal.tasks import request_profile_pdfs
from mgi.profiles.signals import published_texts_replaced


@receiver(published_texts_replaced, dispatch_uid="portal-forget-pdf")
def forget_the_printed_texts(sender, assessment, language, **kwargs):
    forget_published_pdf(assessment, language)


@receiver(public_data_changed, dispatch_uid="portal-print-pdfs")
def published_data_changed(sender, **kwargs):
    # After the commit: the worker must find the new data, and a rolled-back change queues nothing.
    transaction.on_commit(request_profile_pdfs)
