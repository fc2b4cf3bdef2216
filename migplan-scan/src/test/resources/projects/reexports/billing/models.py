from django.db import models

from shop.api import Client


class Invoice(models.Model):
    client = models.ForeignKey(Client, on_delete=models.PROTECT)
    amount = models.DecimalField(max_digits=9, decimal_places=2)
