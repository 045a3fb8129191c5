"""Attendance models, one module per sub-domain; everything is re-exported here."""

from storeops.attendance.models.punches import (
    Attendance,
    AttendanceRequest,
    Phase,
    RequestStatus,
    RequestType,
)
from storeops.attendance.models.rosters import (
    PayrollProfile,
    RosterException,
    RuleType,
    Schedule,
    Shift,
    WeekOff,
    shift_minutes,
    shift_window,
)

__all__ = [
    "Attendance",
    "AttendanceRequest",
    "Phase",
    "RequestStatus",
    "RequestType",
    "PayrollProfile",
    "RosterException",
    "RuleType",
    "Schedule",
    "Shift",
    "WeekOff",
    "shift_minutes",
    "shift_window",
]
