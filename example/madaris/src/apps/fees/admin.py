from django.contrib import admin

from .models import FeeWaiver, Invoice, Payment


class PaymentInline(admin.TabularInline):
    model = Payment
    raw_id_fields = ('student',)
    extra = 0


@admin.register(Invoice)
class InvoiceAdmin(admin.ModelAdmin):
    list_display = ('number', 'student', 'period', 'amount', 'status')
    list_filter = ('status', 'period')
    raw_id_fields = ('student',)
    inlines = [PaymentInline]


@admin.register(FeeWaiver)
class FeeWaiverAdmin(admin.ModelAdmin):
    list_display = ('beneficiary', 'percent', 'valid_from')
    raw_id_fields = ('beneficiary', 'approved_by')
