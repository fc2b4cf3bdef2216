"""
Models of the constituents app.

BMParliamentMember is the historical name of what is now a student record:
the project began as a register of members of parliament ("BM") and their
constituencies. The name is kept until the planned rename to Student.
"""
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models


class Constituency(models.Model):
    """A catchment area (historically a parliamentary constituency)."""

    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=120)
    district = models.CharField(max_length=80, blank=True)
    # The member who represents the area on the parents' council.
    representative = models.ForeignKey(
        'BMParliamentMember',
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name='represented_constituencies',
    )

    class Meta:
        ordering = ['code']
        verbose_name_plural = 'constituencies'

    def __str__(self):
        return f'{self.code} {self.name}'


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        ordering = ['name']

    def __str__(self):
        return self.name


class BMParliamentMember(models.Model):
    """A student of the madrasah (formerly: a member of parliament)."""

    GENDER_MALE = 'M'
    GENDER_FEMALE = 'F'
    GENDER_CHOICES = [
        (GENDER_MALE, 'Male'),
        (GENDER_FEMALE, 'Female'),
    ]

    STATUS_ACTIVE = 'active'
    STATUS_INACTIVE = 'inactive'
    STATUS_GRADUATED = 'graduated'
    STATUS_TRANSFERRED = 'transferred'
    STATUS_CHOICES = [
        (STATUS_ACTIVE, 'Active'),
        (STATUS_INACTIVE, 'Inactive'),
        (STATUS_GRADUATED, 'Graduated'),
        (STATUS_TRANSFERRED, 'Transferred'),
    ]

    name = models.CharField(max_length=150)
    father_name = models.CharField(max_length=150, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    gender = models.CharField(max_length=1, choices=GENDER_CHOICES)
    phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(unique=True)
    admission_number = models.CharField(max_length=20, unique=True)
    status = models.CharField(
        max_length=12, choices=STATUS_CHOICES, default=STATUS_ACTIVE, db_index=True
    )
    enrolled_on = models.DateField()
    constituency = models.ForeignKey(
        Constituency, on_delete=models.SET_NULL, null=True, blank=True, related_name='members'
    )
    mentor = models.ForeignKey(
        'self', on_delete=models.SET_NULL, null=True, blank=True, related_name='mentees'
    )
    fee_concession = models.DecimalField(
        max_digits=8, decimal_places=2, default=0, help_text='Monthly concession in taka.'
    )
    tags = models.ManyToManyField(Tag, blank=True)
    notes = GenericRelation('notes.Note')
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ['name', 'admission_number']
        indexes = [
            models.Index(fields=['name', 'father_name'], name='%(class)s_name_idx'),
        ]

    def __str__(self):
        return f'{self.name} ({self.admission_number})'


class ActiveStudentManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(status=BMParliamentMember.STATUS_ACTIVE)


class ActiveStudent(BMParliamentMember):
    """Students currently on the roll; used by the attendance screens."""

    objects = ActiveStudentManager()

    class Meta:
        proxy = True
        verbose_name = 'active student'


class BMParliamentMemberArchive(models.Model):
    """Frozen copy of a record taken when a member left parliament.

    Not a relation to BMParliamentMember: rows are plain copies, kept for the
    audit trail, and the original row may be long gone.
    """

    original_id = models.BigIntegerField(db_index=True)
    name = models.CharField(max_length=150)
    admission_number = models.CharField(max_length=20)
    archived_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ['-archived_at']

    def __str__(self):
        return f'{self.name} (archived)'
