from django import forms

import members_app.models as member_models


class MemberForm(forms.ModelForm):
    class Meta:
        model = member_models.BMParliamentMember
        fields = ["name", "status"]
