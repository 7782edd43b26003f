from django.contrib import admin

from mgi.places.models import Place


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "local_kind", "parent", "subdivision_code"]
    list_filter = ["kind", "local_kind"]
    search_fields = ["code", "name", "official_name", "subdivision_code"]
