from django.db import models


class Guardian(models.Model):
    RELATION_CHOICES = [
        ('father', 'Father'),
        ('mother', 'Mother'),
        ('uncle', 'Uncle'),
        ('brother', 'Elder brother'),
        ('other', 'Other'),
    ]

    member = models.ForeignKey(
        'constituents.BMParliamentMember', on_delete=models.CASCADE, related_name='guardians'
    )
    name = models.CharField(max_length=150)
    relation = models.CharField(max_length=10, choices=RELATION_CHOICES)
    phone = models.CharField(max_length=20)
    occupation = models.CharField(max_length=100, blank=True)
    is_primary = models.BooleanField(default=False)

    class Meta:
        ordering = ['member', '-is_primary', 'name']

    def __str__(self):
        return f'{self.name} ({self.get_relation_display()})'


class EmergencyContact(models.Model):
    member = models.OneToOneField('constituents.BMParliamentMember', on_delete=models.CASCADE)
    name = models.CharField(max_length=150)
    phone = models.CharField(max_length=20)
    address = models.TextField(blank=True)

    def __str__(self):
        return f'{self.name} {self.phone}'
