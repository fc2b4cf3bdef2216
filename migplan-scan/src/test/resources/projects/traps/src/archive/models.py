from django.db import models

from common.models import Audited, Tracked


class BMParliamentMember(models.Model):
    """The archive app's own model of the same name: another model."""

    name = models.CharField(max_length=100)

    class Meta:
        db_table = "archive_members"


class ArchivedNote(Tracked):
    body = models.TextField()


class Inspection(Audited):
    result = models.CharField(max_length=20)
