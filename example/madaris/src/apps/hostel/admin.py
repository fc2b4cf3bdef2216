from django.contrib import admin

from .models import BedAllocation, Room


class BedAllocationInline(admin.TabularInline):
    model = BedAllocation
    raw_id_fields = ('resident',)
    extra = 0


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ('number', 'floor', 'capacity', 'prefect')
    raw_id_fields = ('prefect',)
    inlines = [BedAllocationInline]
