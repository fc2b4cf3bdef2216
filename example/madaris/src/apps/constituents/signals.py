from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import BMParliamentMember, BMParliamentMemberArchive


@receiver(post_save, sender=BMParliamentMember)
def archive_transferred_member(sender, instance, created, raw=False, **kwargs):
    """Keep a frozen copy when a student leaves for another madrasah."""
    if raw or created or instance.status != BMParliamentMember.STATUS_TRANSFERRED:
        return
    BMParliamentMemberArchive.objects.create(
        original_id=instance.pk,
        name=instance.name,
        admission_number=instance.admission_number,
        reason='transferred',
    )
