from django.contrib import admin

from mgi.assessments.models import Answer, Assessment, AuditRecord, Source


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["place", "round_year", "revision", "framework", "status", "updated_at"]
    list_filter = ["status", "framework"]
    search_fields = ["place__name", "place__code"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["assessment", "indicator", "option", "version", "updated_at"]
    list_filter = ["assessment"]
    filter_horizontal = ["sources"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "assessment", "date"]
    list_filter = ["kind"]
    search_fields = ["title", "citation"]


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    """The audit trail is read-only: records are written by the code that makes each change."""

    list_display = ["at", "actor", "via", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
