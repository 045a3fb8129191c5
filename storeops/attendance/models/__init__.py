"""Attendance models, one module per sub-domain; everything is re-exported here."""

from storeops.attendance.models.rosters import (
    PayrollProfile,
    RosterException,
    RuleType,
    Schedule,
    Shift,
    WeekOff,
    shift_minutes,
)

__all__ = [
    "PayrollProfile",
    "RosterException",
    "RuleType",
    "Schedule",
    "Shift",
    "WeekOff",
    "shift_minutes",
]
