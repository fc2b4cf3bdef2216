from django.conf import settings
from django.db import models


class AidApplication(models.Model):
    STATUS_CHOICES = [
        ('submitted', 'Submitted'),
        ('approved', 'Approved'),
        ('rejected', 'Rejected'),
    ]

    # No reverse accessor: the welfare committee's data is not shown on the
    # student pages.
    applicant = models.ForeignKey(
        'constituents.BMParliamentMember', on_delete=models.CASCADE, related_name='+'
    )
    amount_requested = models.DecimalField(max_digits=10, decimal_places=2)
    reason = models.TextField()
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default='submitted')
    submitted_on = models.DateField()

    def __str__(self):
        return f'Application {self.pk} ({self.status})'


class AidDisbursement(models.Model):
    application = models.ForeignKey(
        AidApplication, on_delete=models.CASCADE, related_name='disbursements'
    )
    # Keyed by admission number, as on the paper vouchers.
    recipient = models.ForeignKey(
        to='constituents.BMParliamentMember',
        to_field='admission_number',
        on_delete=models.PROTECT,
        related_name='aid_disbursements',
    )
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    disbursed_on = models.DateField()

    def __str__(self):
        return f'{self.amount} to {self.recipient_id}'


class HouseholdSurvey(models.Model):
    # Surveys are imported from the field tablets before the student record
    # exists, so there is no database constraint.
    student = models.ForeignKey(
        'constituents.BMParliamentMember',
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name='household_surveys',
    )
    household_size = models.PositiveSmallIntegerField()
    monthly_income = models.DecimalField(max_digits=10, decimal_places=2)
    surveyed_on = models.DateField()

    def __str__(self):
        return f'Survey of {self.student_id} on {self.surveyed_on}'


class Sponsorship(models.Model):
    student = models.ForeignKey(
        settings.MADARIS_STUDENT_MODEL, on_delete=models.CASCADE, related_name='sponsorships'
    )
    sponsor_name = models.CharField(max_length=150)
    monthly_amount = models.DecimalField(max_digits=10, decimal_places=2)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    def __str__(self):
        return f'{self.sponsor_name} sponsors {self.student_id}'
