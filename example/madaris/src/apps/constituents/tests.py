import datetime

from django.contrib.auth.models import Permission, User
from django.test import TestCase
from django.urls import reverse

from apps.alumni.services import graduate
from apps.guardians.models import EmergencyContact, Guardian

from . import services
from .models import BMParliamentMember, BMParliamentMemberArchive


class StudentPagesTest(TestCase):
    fixtures = ['sample_students.json']

    def setUp(self):
        self.user = User.objects.create_user('clerk', password='not-a-real-password')
        self.user.user_permissions.add(
            Permission.objects.get(codename='view_bmparliamentmember'),
            Permission.objects.get(codename='change_bmparliamentmember'),
        )
        self.client.force_login(self.user)

    def test_list_uses_default_template(self):
        response = self.client.get(reverse('constituents:student-list'))
        self.assertTemplateUsed(response, 'constituents/bmparliamentmember_list.html')
        self.assertContains(response, 'MDR-2021-0001')

    def test_detail_and_dashboard(self):
        response = self.client.get(reverse('constituents:student-detail', args=[2]))
        self.assertContains(response, 'Fatema Khatun')
        Guardian.objects.create(member_id=2, name='Abdul Karim', relation='father', phone='01700')
        response = self.client.get(reverse('constituents:dashboard'))
        self.assertEqual(response.context['guardians_of_active'], 1)
        self.assertEqual(response.context['statistics']['total'], 5)

    def test_status_summary_raw_sql(self):
        self.assertEqual(services.status_summary()['active'], 2)

    def test_signals(self):
        member = BMParliamentMember.objects.create(
            name='Rahim Uddin',
            gender='M',
            phone='+8801711000099',
            email='rahim@example.org',
            admission_number='MDR-2024-0001',
            enrolled_on=datetime.date(2024, 1, 1),
        )
        self.assertTrue(EmergencyContact.objects.filter(member=member).exists())
        member.status = BMParliamentMember.STATUS_TRANSFERRED
        member.save()
        self.assertTrue(BMParliamentMemberArchive.objects.filter(original_id=member.pk).exists())

    def test_graduate_keeps_the_student_row(self):
        member = BMParliamentMember.objects.get(pk=1)
        graduate(member, datetime.date(2024, 12, 1), 'SANAD-1')
        self.assertEqual(BMParliamentMember.objects.get(pk=1).graduate.sanad_number, 'SANAD-1')
