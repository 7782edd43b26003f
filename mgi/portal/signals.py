"""The portal's cached PDFs follow the profile texts they were printed from."""

from django.dispatch import receiver

from mgi.portal.pdf_cache import forget_published_pdf
from mgi.profiles.signals import published_texts_replaced


@receiver(published_texts_replaced, dispatch_uid="portal-forget-pdf")
def forget_the_printed_texts(sender, assessment, language, **kwargs):
    forget_published_pdf(assessment, language)
