from django.db import models


class Meeting(models.Model):
    committee = models.ForeignKey("committees.Committee", on_delete=models.CASCADE)
    attendees = models.ManyToManyField("constituents.bmparliamentmember")
    # minutes = models.ForeignKey("constituents.BMParliamentMember", on_delete=models.CASCADE)
