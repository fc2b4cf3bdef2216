from apps.constituents.models import ActiveStudent

from .models import AttendanceRecord, AttendanceSession


def open_register(date, period, class_name, taken_by=''):
    """Create a session with every active student marked present."""
    session, _ = AttendanceSession.objects.get_or_create(
        date=date, period=period, class_name=class_name, defaults={'taken_by': taken_by}
    )
    AttendanceRecord.objects.bulk_create(
        [AttendanceRecord(session=session, student=student) for student in ActiveStudent.objects.all()],
        ignore_conflicts=True,
    )
    return session


def absences(student, since):
    return student.attendancerecord_set.filter(present=False, session__date__gte=since)
