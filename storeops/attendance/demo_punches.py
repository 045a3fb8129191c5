"""Demo attendance history: last week's planned days as the nightly run leaves them, and one correction to
decide, all through the services (audited). A second run creates nothing."""

import datetime as dt
from typing import Any

from django.utils import timezone

from storeops.attendance.models import Attendance, AttendanceRequest, RequestType
from storeops.attendance.services.approvals import adjust_request_create
from storeops.attendance.services.autoclose import attendance_autoclose

HISTORY_DAYS = 7


def seed_punches(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`."""
    before = Attendance.objects.count()
    today = timezone.localdate()
    for back in range(HISTORY_DAYS, 0, -1):
        attendance_autoclose(day=today - dt.timedelta(days=back))
    rows = Attendance.objects.count()
    existing = AttendanceRequest.objects.filter(type=RequestType.ADJUST).count()
    created = 0
    row = (
        Attendance.objects.filter(check_in__isnull=True, shift_end__lte=timezone.now())
        .select_related("user")
        .order_by("-date", "id")
        .first()
    )
    if not existing and row is not None:
        adjust_request_create(
            actor=row.user,
            attendance_id=row.pk,
            set_check_in=row.shift_start,
            set_check_out=min(row.shift_end, row.shift_start + dt.timedelta(hours=8)),
            reason="Phone battery died at the door; the branch head saw me in.",
        )
        created = 1
    return {
        "attendance days": (rows - before, before),
        "attendance corrections": (created, existing),
    }
