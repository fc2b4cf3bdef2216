from django.contrib import admin

from .models import AttendanceRecord, AttendanceSession


class AttendanceRecordInline(admin.TabularInline):
    model = AttendanceRecord
    raw_id_fields = ('student',)
    extra = 0


@admin.register(AttendanceSession)
class AttendanceSessionAdmin(admin.ModelAdmin):
    list_display = ('date', 'period', 'class_name', 'taken_by')
    list_filter = ('period', 'class_name')
    inlines = [AttendanceRecordInline]
