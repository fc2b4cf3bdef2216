from django.db import models

from apps.constituents.models import BMParliamentMember


class Course(models.Model):
    code = models.CharField(max_length=12, unique=True)
    title = models.CharField(max_length=120)
    teacher = models.CharField(max_length=100, blank=True)
    # Legacy list of members attending, kept for the old timetable screens.
    students = models.ManyToManyField('constituents.BMParliamentMember', blank=True)
    enrolled = models.ManyToManyField(
        BMParliamentMember, through='Enrollment', related_name='enrolled_courses'
    )

    class Meta:
        ordering = ['code']

    def __str__(self):
        return f'{self.code} {self.title}'


class Enrollment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE)
    student = models.ForeignKey(BMParliamentMember, on_delete=models.CASCADE)
    enrolled_on = models.DateField()
    final_grade = models.CharField(max_length=2, blank=True)

    class Meta:
        unique_together = [('course', 'student')]
        ordering = ['course', 'enrolled_on']

    def __str__(self):
        return f'{self.student_id} in {self.course_id}'
