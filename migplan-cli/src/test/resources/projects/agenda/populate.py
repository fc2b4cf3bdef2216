"""Naive datetimes in winter, in summer and in the hour a DST change repeats (run with manage.py
shell); milliseconds only, as a fixture keeps no more."""
import datetime

from events.models import Meeting

Meeting.objects.create(
    title="winter", starts_at=datetime.datetime(2024, 1, 15, 9, 30), ends_at=None
)
Meeting.objects.create(
    title="summer",
    starts_at=datetime.datetime(2024, 7, 1, 18, 45, 12, 345000),
    ends_at=datetime.datetime(2024, 7, 1, 23, 59, 59),
)
Meeting.objects.create(
    title="fall back",
    starts_at=datetime.datetime(2024, 11, 3, 1, 30),
    ends_at=datetime.datetime(2024, 11, 3, 3, 0),
)
