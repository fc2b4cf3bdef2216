from django.db import transaction

from .models import Graduate


@transaction.atomic
def graduate(member, graduated_on, sanad_number, final_result=''):
    """Turn an existing student row into a Graduate (adds the child row only)."""
    member.status = member.STATUS_GRADUATED
    member.save(update_fields=['status', 'updated_at'])
    graduate = Graduate(
        bmparliamentmember_ptr=member,
        graduated_on=graduated_on,
        sanad_number=sanad_number,
        final_result=final_result,
    )
    graduate.save_base(raw=True)
    return graduate
