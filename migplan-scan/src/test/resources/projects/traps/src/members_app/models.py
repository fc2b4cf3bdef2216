"""Members of parliament.

BMParliamentMember is described here, in a docstring: not a reference.
"""
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models

from common.models import Tracked


class Tag(models.Model):
    name = models.CharField(max_length=40)


class BMParliamentMember(models.Model):
    STATUS_CHOICES = [("active", "Active"), ("inactive", "Inactive")]
    name = models.CharField(max_length=100)
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default="active")
    mentor = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)
    tags = models.ManyToManyField(Tag, blank=True)
    notes = GenericRelation("people.Remark")

    def __str__(self):
        # BMParliamentMember.objects in a comment is not a reference
        return f"{self.name} ({'BMParliamentMember'})"


class BMParliamentMemberArchive(models.Model):
    """A look-alike name: not the model."""

    name = models.CharField(max_length=100)


class Constituency(models.Model):
    name = models.CharField(max_length=100)
    member = models.ForeignKey(BMParliamentMember, on_delete=models.PROTECT)
    chief = models.OneToOneField(
        "BMParliamentMember",
        on_delete=models.CASCADE,
        related_name="+",
    )
    deputy = models.ForeignKey(
        to="constituents.BMParliamentMember", null=True, on_delete=models.SET_NULL,
        related_name="deputised_constituencies", db_constraint=False, db_column="deputy_ref",
    )


class Minister(BMParliamentMember):
    portfolio = models.CharField(max_length=100)


class ActiveMember(BMParliamentMember):
    class Meta:
        proxy = True


class Note(Tracked):
    text = models.TextField()
