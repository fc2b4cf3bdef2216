"""Fills the school with values of every kind a fixture must carry (run with manage.py shell)."""
import datetime
import decimal
import os
import uuid

from django.db import connection

from school.models import Club, Guardian, House, Student, Unrelated

count = int(os.environ.get("SCHOOL_STUDENTS", "60"))
houses = [House.objects.create(name="House %d" % i) for i in range(3)]
clubs = [Club.objects.create(name="Club \"%d\" é\n" % i, founded=datetime.date(1990 + i, 1, 2)) for i in range(4)]
Club.objects.create(name="Empty", founded=None)
utc = datetime.timezone.utc
students = []
for i in range(count):
    s = Student.objects.create(
        name="Student %d ✓ 'quoted' \\ back" % i,
        born=datetime.date(2001, 1, 1) + datetime.timedelta(days=i) if i % 5 else None,
        wakes_at=datetime.time(6, i % 60, 7, (i % 3) * 250000) if i % 4 else None,
        enrolled_at=datetime.datetime(2020, 9, 1, 8, 30, tzinfo=utc)
        + datetime.timedelta(minutes=i, milliseconds=(i * 7) % 1000),
        fee=decimal.Decimal("1234.50") + i if i % 6 else None,
        tiny=decimal.Decimal("0.000000%03d" % (i % 1000)) if i % 2 else decimal.Decimal("12.5"),
        score=[0.1, 1e-7, 123456789012345678.0, 2.5, -0.0, 1 / 3][i % 6] if i % 7 else None,
        active=bool(i % 3),
        profile=None if i % 8 == 0 else {"i": i, "tags": ["a", "b"], "nested": {"x": None, "y": 1.5}},
        token=uuid.UUID(int=i * 7919) if i % 3 else None,
        # SQLite stores a DurationField as bigint, like a BigIntegerField: only the model source
        # tells them apart, so durations are exercised on PostgreSQL only
        study_time=datetime.timedelta(days=i % 3, hours=i % 5, microseconds=i * 11)
        if i % 2 and connection.vendor == "postgresql"
        else None,
        notes="line one\nline two\ttab" if i % 9 == 0 else "",
        house=houses[i % 3] if i % 10 else None,
    )
    s.clubs.set(clubs[: i % 5])
    students.append(s)
    if i % 2:
        Guardian.objects.create(student=s, name="Guardian of %d" % i, phone=None if i % 4 == 1 else "+880 %d" % i)
for i in range(1, len(students), 3):
    students[i].friends.add(students[i - 1])
Unrelated.objects.create(label="not related")
