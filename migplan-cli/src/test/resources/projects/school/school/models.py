import uuid

from django.db import models


class House(models.Model):
    name = models.CharField(max_length=50)
    code = models.UUIDField(default=uuid.uuid4, unique=True)


class Club(models.Model):
    name = models.CharField(max_length=50)
    founded = models.DateField(null=True)


class Student(models.Model):
    name = models.CharField(max_length=100)
    born = models.DateField(null=True)
    wakes_at = models.TimeField(null=True)
    enrolled_at = models.DateTimeField()
    fee = models.DecimalField(max_digits=10, decimal_places=2, null=True)
    tiny = models.DecimalField(max_digits=14, decimal_places=9, null=True)
    score = models.FloatField(null=True)
    active = models.BooleanField(default=True)
    profile = models.JSONField(null=True)
    token = models.UUIDField(null=True)
    study_time = models.DurationField(null=True)
    notes = models.TextField(blank=True)
    house = models.ForeignKey(House, null=True, on_delete=models.SET_NULL)
    clubs = models.ManyToManyField(Club, blank=True)
    friends = models.ManyToManyField("self", blank=True)


class Guardian(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="guardians")
    name = models.CharField(max_length=100)
    phone = models.CharField(max_length=20, null=True)


class Unrelated(models.Model):
    label = models.CharField(max_length=20)
