"""Punches (spec 05 §2): one attendance row per advisor, date and shift, and the requests that await a decision."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from storeops.attendance.models.rosters import Shift
from storeops.attendance.rules import AttendanceStatus
from storeops.core.models import TimeStampedModel


def _coordinate(limit: int) -> models.DecimalField:
    return models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-limit), MaxValueValidator(limit)],
    )


def _accuracy() -> models.DecimalField:
    return models.DecimalField(
        max_digits=8, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )


class Attendance(TimeStampedModel):
    """An advisor's day on one shift: the frozen window, both punches, the metrics and the day's status.

    `date` is the local date the shift starts. `shift_start`/`shift_end` are copied from the shift when the row
    is created, so later roster edits never rewrite history. Photos are names in the private storage.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attendances")
    store = models.ForeignKey("stores.Store", on_delete=models.PROTECT, related_name="attendances")
    date = models.DateField()
    shift = models.ForeignKey(Shift, on_delete=models.PROTECT, related_name="attendances")
    shift_start = models.DateTimeField()
    shift_end = models.DateTimeField()
    check_in = models.DateTimeField(null=True, blank=True)
    check_out = models.DateTimeField(null=True, blank=True)
    check_in_latitude = _coordinate(90)
    check_in_longitude = _coordinate(180)
    check_out_latitude = _coordinate(90)
    check_out_longitude = _coordinate(180)
    check_in_accuracy_m = _accuracy()
    check_out_accuracy_m = _accuracy()
    check_in_distance_m = models.PositiveIntegerField(null=True, blank=True)
    check_out_distance_m = models.PositiveIntegerField(null=True, blank=True)
    check_in_photo = models.CharField(max_length=100, blank=True, default="")
    check_out_photo = models.CharField(max_length=100, blank=True, default="")
    worked_minutes = models.PositiveIntegerField(default=0)
    late_minutes = models.PositiveIntegerField(default=0)
    early_out_minutes = models.PositiveIntegerField(default=0)
    ot_minutes = models.PositiveIntegerField(default=0)
    late_excused = models.BooleanField(default=False)
    status = models.CharField(
        max_length=20, choices=AttendanceStatus.choices, default=AttendanceStatus.ABSENT
    )
    auto_closed = models.BooleanField(default=False)
    notes = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "date", "shift"], name="attendance_attendance_user_date_shift_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=AttendanceStatus.values),
                name="attendance_attendance_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(check_out__isnull=True) | models.Q(check_in__isnull=False),
                name="attendance_attendance_out_needs_in",
            ),
            models.CheckConstraint(
                condition=models.Q(shift_end__gt=models.F("shift_start")),
                name="attendance_attendance_window_order",
            ),
        ]
        indexes = [
            models.Index(fields=["store", "date", "id"], name="attendance_att_store_date_idx"),
            models.Index(fields=["user", "date", "id"], name="attendance_att_user_date_idx"),
            models.Index(fields=["date", "id"], name="attendance_att_date_idx"),
            # The nightly auto-close and "my open row" look only at rows still open.
            models.Index(
                fields=["user", "shift_end"],
                condition=models.Q(check_in__isnull=False, check_out__isnull=True),
                name="attendance_att_open_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"Attendance of user {self.user_id} on {self.date}"


class RequestType(models.TextChoices):
    LATE = "LATE", "Late"
    OUTSIDE_GEOFENCE = "OUTSIDE_GEOFENCE", "Outside geofence"
    OT = "OT", "Overtime"
    ADJUST = "ADJUST", "Adjust"


class RequestStatus(models.TextChoices):
    PENDING = "PENDING", "Pending"
    APPROVED = "APPROVED", "Approved"
    REJECTED = "REJECTED", "Rejected"


class Phase(models.TextChoices):
    NONE = "", "None"
    CHECK_IN = "check_in", "Check-in"
    CHECK_OUT = "check_out", "Check-out"


class AttendanceRequest(TimeStampedModel):
    """Something about an attendance that a branch head or admin must approve or reject.

    `phase` repeats `meta.phase` of an OUTSIDE_GEOFENCE request as a column, so that "one PENDING request per
    (attendance, type, phase)" is a database constraint.
    """

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="requests")
    type = models.CharField(max_length=20, choices=RequestType.choices)
    status = models.CharField(max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING)
    phase = models.CharField(max_length=10, choices=Phase.choices, blank=True, default="")
    reason = models.CharField(max_length=500, blank=True, default="")
    meta = models.JSONField(default=dict, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, related_name="+", null=True, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        verbose_name = "request"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["attendance", "type", "phase"],
                condition=models.Q(status="PENDING"),
                name="attendance_request_one_pending",
            ),
            models.CheckConstraint(
                condition=models.Q(type__in=RequestType.values), name="attendance_request_type_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=RequestStatus.values), name="attendance_request_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["created_at", "id"], name="attendance_req_created_idx"),
            models.Index(fields=["status", "created_at", "id"], name="attendance_req_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.type} request {self.pk} on attendance {self.attendance_id}"
