from django.urls import path

from mgi.lib.url_converters import register_number_converters
from mgi.portal.views import compare, explorer
from mgi.portal.views.home import home_page
from mgi.portal.views.profiles import (
    profile_csv,
    profile_json,
    profile_list,
    profile_page,
    profile_pdf,
)
from mgi.portal.views.sdg import sdg_overview

register_number_converters()

urlpatterns = [
    path("", home_page, name="home"),
    path("profiles/", profile_list, name="profile-list"),
    path("profiles/<slug:place>/<year:round_year>/", profile_page, name="profile"),
    path("profiles/<slug:place>/<year:round_year>/profile.json", profile_json, name="profile-json"),
    path("profiles/<slug:place>/<year:round_year>/profile.pdf", profile_pdf, name="profile-pdf"),
    path("profiles/<slug:place>/<year:round_year>/profile.csv", profile_csv, name="profile-csv"),
    path(
        "profiles/<slug:place>/<year:round_year>/revisions/<number:revision>/",
        profile_page,
        name="profile-revision",
    ),
    path("profiles/<slug:place>/changes/", compare.changes_page, name="profile-changes"),
    path(
        "profiles/<slug:place>/changes/changes.json",
        compare.changes_json,
        name="profile-changes-json",
    ),
    path("compare/", compare.compare_page, name="compare"),
    path("compare/compare.json", compare.compare_json, name="compare-json"),
    path("sdg/10-7-2/", sdg_overview, name="sdg-10-7-2"),
    path("indicators/", explorer.indicator_list, name="indicator-list"),
    path("indicators/indicators.json", explorer.indicator_list_json, name="indicator-list-json"),
    path("indicators/<slug:framework>/<str:code>/", explorer.indicator_page, name="indicator"),
    path(
        "indicators/<slug:framework>/<str:code>/indicator.json",
        explorer.indicator_json,
        name="indicator-json",
    ),
]
