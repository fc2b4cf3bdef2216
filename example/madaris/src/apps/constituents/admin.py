from django.contrib import admin

from apps.guardians.models import EmergencyContact, Guardian
from apps.notes.admin import NoteInline

from .models import BMParliamentMember, BMParliamentMemberArchive, Constituency, Tag


class GuardianInline(admin.TabularInline):
    model = Guardian
    extra = 0
    fields = ('name', 'relation', 'phone', 'is_primary')


class EmergencyContactInline(admin.StackedInline):
    model = EmergencyContact
    can_delete = False


class MemberInline(admin.TabularInline):
    """Students living in a constituency, shown on the constituency page."""

    model = BMParliamentMember
    fk_name = 'constituency'
    fields = ('admission_number', 'name', 'status')
    readonly_fields = ('admission_number', 'name', 'status')
    extra = 0
    show_change_link = True


@admin.register(BMParliamentMember)
class BMParliamentMemberAdmin(admin.ModelAdmin):
    list_display = ('admission_number', 'name', 'father_name', 'status', 'enrolled_on')
    list_filter = ('status', 'gender', 'constituency')
    search_fields = ('name', 'father_name', 'admission_number', 'email', 'phone')
    date_hierarchy = 'enrolled_on'
    raw_id_fields = ('mentor',)
    filter_horizontal = ('tags',)
    readonly_fields = ('created_at', 'updated_at')
    inlines = [GuardianInline, EmergencyContactInline, NoteInline]


@admin.register(Constituency)
class ConstituencyAdmin(admin.ModelAdmin):
    list_display = ('code', 'name', 'district')
    raw_id_fields = ('representative',)
    inlines = [MemberInline]


@admin.register(BMParliamentMemberArchive)
class BMParliamentMemberArchiveAdmin(admin.ModelAdmin):
    list_display = ('original_id', 'name', 'admission_number', 'archived_at')
    readonly_fields = ('original_id', 'name', 'admission_number', 'archived_at', 'reason')


admin.site.register(Tag)
