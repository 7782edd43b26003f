from django.urls import path

from mgi.api.token_views import token_list, token_revoke

app_name = "api-tokens"

urlpatterns = [
    path("", token_list, name="list"),
    path("<int:token_id>/revoke/", token_revoke, name="revoke"),
]
