from django.db import models

from apps.constituents.models import BMParliamentMember


class Graduate(BMParliamentMember):
    """A student who completed the course; keeps the whole student record."""

    graduated_on = models.DateField()
    sanad_number = models.CharField('sanad (certificate) number', max_length=30, unique=True)
    final_result = models.CharField(max_length=20, blank=True)
    current_occupation = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ['-graduated_on']

    def __str__(self):
        return f'{self.name}, class of {self.graduated_on:%Y}'
