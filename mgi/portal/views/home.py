from django.shortcuts import render
from django.utils.translation import get_language

from mgi.portal.home import build_home_page


def home_page(request):
    """What the MGI is, its six domains, and every published profile by region."""
    return render(request, "portal/home.html", build_home_page(get_language()))
