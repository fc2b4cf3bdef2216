from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Remark(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    target = GenericForeignKey("content_type", "object_id")

    class Meta:
        app_label = "people"


class Speech(models.Model):
    speaker = models.OneToOneField("constituents.BMParliamentMember", on_delete=models.CASCADE,
                                   related_query_name="speech_by")
    title = models.CharField(max_length=200)
