from django.urls import path

from mgi.portal.views.profiles import (
    profile_csv,
    profile_json,
    profile_list,
    profile_page,
    profile_pdf,
)

urlpatterns = [
    path("", profile_list, name="home"),
    path("profiles/", profile_list, name="profile-list"),
    path("profiles/<slug:place>/<int:round_year>/", profile_page, name="profile"),
    path("profiles/<slug:place>/<int:round_year>/profile.json", profile_json, name="profile-json"),
    path("profiles/<slug:place>/<int:round_year>/profile.pdf", profile_pdf, name="profile-pdf"),
    path("profiles/<slug:place>/<int:round_year>/profile.csv", profile_csv, name="profile-csv"),
    path(
        "profiles/<slug:place>/<int:round_year>/revisions/<int:revision>/",
        profile_page,
        name="profile-revision",
    ),
]
