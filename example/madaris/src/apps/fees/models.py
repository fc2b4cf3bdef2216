from decimal import Decimal

from django.conf import settings
from django.db import models

from apps.constituents.models import BMParliamentMember as Member


class StudentOwned(models.Model):
    """Base for every money document that belongs to one student."""

    student = models.ForeignKey(
        'constituents.BMParliamentMember',
        on_delete=models.PROTECT,
        related_name='%(app_label)s_%(class)s_set',
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Invoice(StudentOwned):
    STATUS_CHOICES = [
        ('open', 'Open'),
        ('paid', 'Paid'),
        ('void', 'Void'),
    ]

    number = models.CharField(max_length=24, unique=True)
    period = models.DateField(help_text='First day of the billed month.')
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    due_on = models.DateField()
    status = models.CharField(max_length=8, choices=STATUS_CHOICES, default='open')

    class Meta:
        ordering = ['-period', 'number']

    def __str__(self):
        return self.number


class Payment(StudentOwned):
    METHOD_CHOICES = [
        ('cash', 'Cash'),
        ('bkash', 'bKash'),
        ('bank', 'Bank transfer'),
    ]

    invoice = models.ForeignKey(Invoice, on_delete=models.PROTECT, related_name='payments')
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    paid_on = models.DateField()
    method = models.CharField(max_length=8, choices=METHOD_CHOICES, default='cash')
    reference = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ['-paid_on']

    def __str__(self):
        return f'{self.amount} for {self.invoice_id}'


class FeeWaiver(models.Model):
    beneficiary = models.ForeignKey(Member, on_delete=models.CASCADE, related_name='fee_waivers')
    percent = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal('100.00'))
    reason = models.CharField(max_length=200)
    valid_from = models.DateField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )

    def __str__(self):
        return f'{self.percent}% for {self.beneficiary_id}'
