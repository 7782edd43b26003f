from django.contrib import admin

from mgi.results.models import PublishedSdgCategory


@admin.register(PublishedSdgCategory)
class PublishedSdgCategoryAdmin(admin.ModelAdmin):
    list_display = ["place", "year", "domain", "category", "source", "updated_at"]
    list_filter = ["year", "domain", "category"]
    search_fields = ["place__code", "place__name"]

    # Rows come from `mgi sdg1072 import`, which checks each place and year as a whole (six domains
    # and a feasible overall); adding or editing one row here would bypass that check.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
