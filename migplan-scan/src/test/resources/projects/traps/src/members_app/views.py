from django.apps import apps
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.urls import reverse
from django.views.generic import DetailView, ListView

from .models import BMParliamentMember, BMParliamentMemberArchive, Tag


class MemberList(PermissionRequiredMixin, ListView):
    """Lists BMParliamentMember rows (docstring: not a reference)."""

    model = BMParliamentMember
    permission_required = "constituents.view_bmparliamentmember"


class MemberDetail(DetailView):
    model = BMParliamentMember
    template_name = "constituents/member_detail.html"


class ArchiveList(ListView):
    model = BMParliamentMemberArchive


@permission_required("constituents.change_bmparliamentmember")
def edit(request, pk):
    bmparliamentmember_count = BMParliamentMemberArchive.objects.count()
    member = apps.get_model("constituents", "BMParliamentMember").objects.get(pk=pk)
    other = apps.get_model("constituents.BMParliamentMember")
    tags = Tag.objects.filter(bmparliamentmember__status="active")
    names = Tag.objects.values_list("bmparliamentmember__name", flat=True)
    first = member.tags.first()
    again = first.bmparliamentmember_set.all()
    ct = ContentType.objects.get(app_label="constituents", model="bmparliamentmember")
    url = reverse("admin:constituents_bmparliamentmember_changelist")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM constituents_bmparliamentmember WHERE status = %s", ["active"])
        cursor.execute("SELECT * FROM constituents_bmparliamentmember_tags")
    ordered = Tag.objects.order_by(F("bmparliamentmember__name"))
    label = "constituents.BMParliamentMemberArchive"
    return member, other, tags, names, again, ct, url, ordered, label, bmparliamentmember_count
