from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=20)


class OldThing(models.Model):
    name = models.CharField(max_length=50)
    parent = models.ForeignKey("self", null=True, on_delete=models.CASCADE)
    tags = models.ManyToManyField(Tag)


class Order(models.Model):
    thing = models.ForeignKey(OldThing, on_delete=models.CASCADE)
