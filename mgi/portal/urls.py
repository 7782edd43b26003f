from django.urls import path

from mgi.portal.views.profiles import profile_json, profile_list, profile_page

urlpatterns = [
    path("", profile_list, name="home"),
    path("profiles/", profile_list, name="profile-list"),
    path("profiles/<slug:place>/<int:round_year>/", profile_page, name="profile"),
    path("profiles/<slug:place>/<int:round_year>/profile.json", profile_json, name="profile-json"),
]
