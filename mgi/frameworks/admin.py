from django.contrib import admin

from mgi.frameworks.models import Area, Domain, Framework, Indicator, Scale, ScaleOption


class ScaleOptionInline(admin.TabularInline):
    model = ScaleOption
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "kind", "loaded_at"]
    list_filter = ["kind"]
    readonly_fields = ["checksum", "loaded_at"]


@admin.register(Scale)
class ScaleAdmin(admin.ModelAdmin):
    list_display = ["code", "framework"]
    inlines = [ScaleOptionInline]


@admin.register(Domain)
class DomainAdmin(admin.ModelAdmin):
    list_display = ["__str__", "framework", "slug", "colour"]
    list_filter = ["framework"]


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["__str__", "domain"]
    list_filter = ["domain__framework"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "framework", "area", "scale"]
    list_filter = ["framework", "area__domain"]
    search_fields = ["code"]
