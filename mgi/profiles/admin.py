from django.contrib import admin

from mgi.profiles.models import Finding, Profile


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0
    fields = ["domain", "kind", "order", "text"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["assessment", "date", "published_at"]


@admin.register(Finding)
class FindingAdmin(admin.ModelAdmin):
    list_display = ["assessment", "domain", "kind", "order"]
    list_filter = ["kind", "domain__number"]
    filter_horizontal = ["indicators"]
