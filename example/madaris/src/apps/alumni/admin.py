from django.contrib import admin

from .models import Graduate


@admin.register(Graduate)
class GraduateAdmin(admin.ModelAdmin):
    list_display = ('name', 'admission_number', 'sanad_number', 'graduated_on')
    search_fields = ('name', 'sanad_number')
    exclude = ('tags', 'mentor')
