from django.contrib import admin

from .models import AidApplication, AidDisbursement, HouseholdSurvey, Sponsorship


class AidDisbursementInline(admin.TabularInline):
    model = AidDisbursement
    raw_id_fields = ('recipient',)
    extra = 0


@admin.register(AidApplication)
class AidApplicationAdmin(admin.ModelAdmin):
    list_display = ('pk', 'applicant', 'amount_requested', 'status', 'submitted_on')
    raw_id_fields = ('applicant',)
    inlines = [AidDisbursementInline]


admin.site.register(HouseholdSurvey)
admin.site.register(Sponsorship)
