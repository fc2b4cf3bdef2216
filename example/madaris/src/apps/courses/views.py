from django.apps import apps
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.generic import ListView

from .models import Course


class CourseListView(ListView):
    model = Course


@login_required
def course_roster(request, code):
    course = get_object_or_404(Course, code=code)
    # Old timetable list and the newer enrolment records, side by side.
    legacy = course.students.all().order_by('name')
    enrolled = course.enrolled.order_by('enrollment__enrolled_on')
    return render(
        request,
        'courses/course_roster.html',
        {'course': course, 'legacy_students': legacy, 'enrolled_students': enrolled},
    )


def unenrolled_students():
    # Resolved lazily so this module can be imported before the app registry is ready.
    Member = apps.get_model('constituents', 'BMParliamentMember')
    return Member.objects.filter(enrolled_courses__isnull=True, status='active')
