"""Queries used by the dashboard and the monthly report.

The report predates the ORM rewrite and still runs raw SQL against the
BMParliamentMember table.
"""
from django.db import connection

from .models import BMParliamentMember, Tag

STATUS_SUMMARY_SQL = """
    SELECT status, COUNT(*)
    FROM constituents_bmparliamentmember
    GROUP BY status
    ORDER BY status
"""

TAGGED_MEMBERS_SQL = (
    "SELECT t.name, COUNT(mt.bmparliamentmember_id) "
    "FROM constituents_tag t "
    "LEFT JOIN constituents_bmparliamentmember_tags mt ON mt.tag_id = t.id "
    "GROUP BY t.name ORDER BY t.name"
)


def status_summary():
    with connection.cursor() as cursor:
        cursor.execute(STATUS_SUMMARY_SQL)
        return dict(cursor.fetchall())


def tag_usage():
    with connection.cursor() as cursor:
        cursor.execute(TAGGED_MEMBERS_SQL)
        return cursor.fetchall()


def tags_in_use(status=BMParliamentMember.STATUS_ACTIVE):
    return Tag.objects.filter(bmparliamentmember__status=status).distinct()


def mentees_of(member):
    # member.mentees: reverse side of the self-FK on BMParliamentMember.
    return member.mentees.order_by('name')


def enrolment_statistics():
    bmparliamentmember_count = BMParliamentMember.objects.count()
    active = BMParliamentMember.objects.filter(status=BMParliamentMember.STATUS_ACTIVE).count()
    return {
        'total': bmparliamentmember_count,
        'active': active,
        'by_tag': {tag.name: tag.bmparliamentmember_set.count() for tag in Tag.objects.all()},
    }
