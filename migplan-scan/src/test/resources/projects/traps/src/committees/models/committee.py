from django.conf import settings
from django.db import models

import members_app.models as cm
from members_app.models import BMParliamentMember as Member


class Committee(models.Model):
    name = models.CharField(max_length=100)
    chair = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="chaired")
    secretary = models.ForeignKey(cm.BMParliamentMember, null=True, on_delete=models.SET_NULL,
                                  related_name="+")
    members = models.ManyToManyField(
        "constituents.BMParliamentMember",
        through="Membership",
        related_name="committees",
    )
    observers = models.ManyToManyField(settings.MEMBER_MODEL, related_name="observed")
    text = models.TextField(default="models.ForeignKey(BMParliamentMember) in a string")


class Membership(models.Model):
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE)
    member = models.ForeignKey(cm.BMParliamentMember, on_delete=models.CASCADE)
    role = models.CharField(max_length=20)
