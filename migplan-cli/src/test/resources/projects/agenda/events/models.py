from django.db import models


class Meeting(models.Model):
    title = models.CharField(max_length=100)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField(null=True)
