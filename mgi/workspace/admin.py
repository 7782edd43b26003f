from django.contrib import admin

from mgi.workspace.models import DigestEntry, MailPreference


@admin.register(MailPreference)
class MailPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "delivery", "language", "last_digest_at"]
    list_filter = ["delivery", "language"]
    search_fields = ["user__username", "user__email"]


@admin.register(DigestEntry)
class DigestEntryAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "assessment", "created_at"]
    list_filter = ["kind"]
