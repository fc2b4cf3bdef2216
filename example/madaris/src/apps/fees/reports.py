"""Monthly fee reports for the accounts office."""
from decimal import Decimal

from django.db import connection
from django.db.models import Sum

import apps.constituents.models as cm

from .models import Invoice

OUTSTANDING_SQL = """
    SELECT m.id, m.admission_number, m.name, SUM(i.amount) AS due
    FROM constituents_bmparliamentmember AS m
    JOIN fees_invoice AS i ON i.student_id = m.id
    WHERE i.status = 'open'
    GROUP BY m.id, m.admission_number, m.name
    ORDER BY due DESC, m.id
"""


def outstanding_balances():
    with connection.cursor() as cursor:
        cursor.execute(OUTSTANDING_SQL)
        return cursor.fetchall()


def billable_students():
    return cm.BMParliamentMember.objects.filter(status=cm.BMParliamentMember.STATUS_ACTIVE)


def collected_in(period):
    total = Invoice.objects.filter(period=period, status='paid').aggregate(total=Sum('amount'))
    return total['total'] or Decimal('0.00')


def invoices_of(student):
    # related_name='%(app_label)s_%(class)s_set' on StudentOwned gives fees_invoice_set.
    return student.fees_invoice_set.order_by('-period')
