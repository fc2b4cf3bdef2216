from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.generic import DetailView, ListView, UpdateView

from apps.guardians.models import Guardian

from . import services
from .forms import StudentForm, StudentSearchForm
from .models import BMParliamentMember


class StudentListView(LoginRequiredMixin, ListView):
    """Uses the default template constituents/bmparliamentmember_list.html."""

    model = BMParliamentMember
    paginate_by = 50

    def get_queryset(self):
        queryset = super().get_queryset().select_related('constituency')
        form = StudentSearchForm(self.request.GET)
        if form.is_valid():
            if form.cleaned_data['q']:
                query = form.cleaned_data['q']
                queryset = queryset.filter(name__icontains=query) | queryset.filter(
                    admission_number__iexact=query
                )
            if form.cleaned_data['status']:
                queryset = queryset.filter(status=form.cleaned_data['status'])
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context['search_form'] = StudentSearchForm(self.request.GET)
        return context


class StudentDetailView(PermissionRequiredMixin, DetailView):
    model = BMParliamentMember
    permission_required = 'constituents.view_bmparliamentmember'

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related('constituency', 'mentor', 'emergencycontact')
            .prefetch_related('guardians', 'tags', 'enrolled_courses')
        )


class StudentUpdateView(PermissionRequiredMixin, UpdateView):
    model = BMParliamentMember
    form_class = StudentForm
    permission_required = 'constituents.change_bmparliamentmember'

    def get_success_url(self):
        return reverse('constituents:student-detail', args=[self.object.pk])


@permission_required('constituents.change_bmparliamentmember')
def mark_graduated(request, pk):
    member = get_object_or_404(BMParliamentMember, pk=pk)
    if request.method == 'POST':
        member.status = BMParliamentMember.STATUS_GRADUATED
        member.save(update_fields=['status', 'updated_at'])
    return redirect('constituents:student-detail', pk=member.pk)


@login_required
def dashboard(request):
    if not request.user.has_perm('constituents.view_bmparliamentmember'):
        raise PermissionDenied
    context = {
        'statistics': services.enrolment_statistics(),
        'status_summary': services.status_summary(),
        'guardians_of_active': Guardian.objects.filter(member__status='active').count(),
        'tags_in_use': services.tags_in_use(),
        'admin_changelist_url': reverse('admin:constituents_bmparliamentmember_changelist'),
    }
    return render(request, 'constituents/dashboard.html', context)

