from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from .models import BMParliamentMember as Member


@receiver(post_save, sender=Member)
def member_saved(sender, instance, **kwargs):
    minister = getattr(instance, "minister", None)
    return minister.bmparliamentmember_ptr if minister else None


pre_delete.connect(member_saved, sender="constituents.BMParliamentMember")
