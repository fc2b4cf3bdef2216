from django.db.models.signals import post_save

from .models import EmergencyContact


def ensure_emergency_contact(sender, instance, created, raw=False, **kwargs):
    """New students get an emergency contact copied from their phone number."""
    if raw or not created or not instance.phone:
        return
    EmergencyContact.objects.get_or_create(
        member=instance, defaults={'name': instance.father_name or instance.name, 'phone': instance.phone}
    )


# A lazy sender: the guardians app must not import the constituents models here.
post_save.connect(
    ensure_emergency_contact,
    sender='constituents.BMParliamentMember',
    dispatch_uid='guardians.ensure_emergency_contact',
)
