from django.db import models

import apps.constituents.models as cm


class Room(models.Model):
    number = models.CharField(max_length=10, unique=True)
    floor = models.PositiveSmallIntegerField(default=0)
    capacity = models.PositiveSmallIntegerField(default=4)
    prefect = models.ForeignKey(
        'constituents.bmparliamentmember',
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name='prefect_of_rooms',
    )

    class Meta:
        db_table = 'hostel_rooms'
        ordering = ['number']

    def __str__(self):
        return f'Room {self.number}'


class BedAllocation(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name='allocations')
    resident = models.ForeignKey(
        cm.BMParliamentMember, on_delete=models.CASCADE, related_name='bed_allocations'
    )
    bed = models.PositiveSmallIntegerField()
    allocated_on = models.DateField()
    vacated_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ['room', 'bed']

    def __str__(self):
        return f'{self.room} bed {self.bed}'
