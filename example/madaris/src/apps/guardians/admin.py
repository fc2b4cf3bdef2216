from django.contrib import admin

from .models import EmergencyContact, Guardian


@admin.register(Guardian)
class GuardianAdmin(admin.ModelAdmin):
    list_display = ('name', 'relation', 'phone', 'member', 'is_primary')
    list_select_related = ('member',)
    search_fields = ('name', 'phone', 'member__name', 'member__admission_number')
    raw_id_fields = ('member',)


@admin.register(EmergencyContact)
class EmergencyContactAdmin(admin.ModelAdmin):
    list_display = ('name', 'phone', 'member')
    raw_id_fields = ('member',)
