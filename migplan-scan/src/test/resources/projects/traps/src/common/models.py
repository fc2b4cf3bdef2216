from django.db import models


class Tracked(models.Model):
    """Abstract: the owner is resolved in each concrete subclass's app."""

    owner = models.ForeignKey(
        "BMParliamentMember",
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_owned",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Audited(Tracked):
    checked_by = models.ForeignKey("constituents.BMParliamentMember", null=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        abstract = True
