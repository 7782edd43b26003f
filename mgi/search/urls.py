from django.urls import path

from mgi.search.views import search_page

app_name = "search"

urlpatterns = [path("", search_page, name="results")]
