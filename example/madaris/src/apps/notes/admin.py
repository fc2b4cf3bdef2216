from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline

from .models import Note


class NoteInline(GenericTabularInline):
    model = Note
    fields = ('body', 'pinned')
    extra = 0


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ('__str__', 'content_type', 'object_id', 'pinned', 'created_at')
    list_filter = ('content_type', 'pinned')
