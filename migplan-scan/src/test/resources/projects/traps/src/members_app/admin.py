from django.contrib import admin

from members_app import models
from members_app.models import BMParliamentMember


@admin.register(BMParliamentMember)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("name", "status")


admin.site.register(models.Tag)
