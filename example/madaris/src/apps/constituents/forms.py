from django import forms

from .models import BMParliamentMember


class StudentForm(forms.ModelForm):
    class Meta:
        model = BMParliamentMember
        fields = [
            'name',
            'father_name',
            'date_of_birth',
            'gender',
            'phone',
            'email',
            'admission_number',
            'status',
            'enrolled_on',
            'constituency',
            'mentor',
            'fee_concession',
            'tags',
        ]
        widgets = {
            'date_of_birth': forms.DateInput(attrs={'type': 'date'}),
            'enrolled_on': forms.DateInput(attrs={'type': 'date'}),
        }

    def clean_admission_number(self):
        return self.cleaned_data['admission_number'].strip().upper()


class StudentSearchForm(forms.Form):
    q = forms.CharField(label='Name or admission number', required=False)
    status = forms.ChoiceField(
        choices=[('', 'Any')] + BMParliamentMember.STATUS_CHOICES, required=False
    )
