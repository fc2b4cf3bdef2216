from django.db import models

from apps.constituents.models import BMParliamentMember


class AttendanceSession(models.Model):
    PERIOD_FAJR = 'fajr'
    PERIOD_MORNING = 'morning'
    PERIOD_AFTERNOON = 'afternoon'
    PERIOD_EVENING = 'evening'
    PERIOD_CHOICES = [
        (PERIOD_FAJR, 'Fajr hifz'),
        (PERIOD_MORNING, 'Morning classes'),
        (PERIOD_AFTERNOON, 'Afternoon classes'),
        (PERIOD_EVENING, 'Evening revision'),
    ]

    date = models.DateField()
    period = models.CharField(max_length=10, choices=PERIOD_CHOICES)
    class_name = models.CharField(max_length=40)
    taken_by = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ['-date', 'period']
        unique_together = [('date', 'period', 'class_name')]

    def __str__(self):
        return f'{self.class_name} {self.date} {self.get_period_display()}'


class AttendanceRecord(models.Model):
    session = models.ForeignKey(
        AttendanceSession, on_delete=models.CASCADE, related_name='records'
    )
    student = models.ForeignKey(
        BMParliamentMember,
        on_delete=models.CASCADE,
    )
    present = models.BooleanField(default=True)
    late_minutes = models.PositiveSmallIntegerField(default=0)
    remark = models.CharField(max_length=200, blank=True)

    class Meta:
        unique_together = [('session', 'student')]

    def __str__(self):
        return f'{self.student_id} @ {self.session_id}: {"present" if self.present else "absent"}'
