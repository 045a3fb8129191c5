"""Repair bookings, their status history and customer responses, and the repair taxonomies."""

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from storeops.core.models import TimeStampedModel

QUESTION_SET_VALIDATOR = RegexValidator(
    r"^[A-Za-z0-9_-]+\Z", "Use only letters, digits, '_' and '-'.", code="invalid"
)


class Issue(TimeStampedModel):
    """A repair problem a customer can pick on the booking form (e.g. "Screen")."""

    name = models.CharField(max_length=255)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(Lower("name"), name="bookings_issue_name_ci_unique")]
        indexes = [
            models.Index(fields=["is_active", "name", "id"], name="bk_issue_active_idx"),
            models.Index(fields=["created_at", "id"], name="bk_issue_created_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class OtherIssue(TimeStampedModel):
    """An additional service with an indicative price (e.g. "Data recovery")."""

    name = models.CharField(max_length=255)
    estimated_price = models.DecimalField(
        max_digits=12, decimal_places=2, default=0, validators=[MinValueValidator(0)]
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="bookings_otherissue_name_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(estimated_price__gte=0), name="bookings_otherissue_price_gte_0"
            ),
        ]
        indexes = [
            models.Index(fields=["is_active", "name", "id"], name="bk_otherissue_active_idx"),
            models.Index(fields=["created_at", "id"], name="bk_otherissue_created_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class Question(TimeStampedModel):
    """An intake question of a named set, asked on the booking form in `position` order."""

    question_set_name = models.CharField(max_length=50, validators=[QUESTION_SET_VALIDATOR])
    question = models.CharField(max_length=655)
    position = models.PositiveIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["question_set_name", "position", "id"]
        indexes = [
            models.Index(fields=["question_set_name", "position", "id"], name="bk_question_set_idx"),
            models.Index(fields=["is_active", "question_set_name"], name="bk_question_active_idx"),
            models.Index(fields=["created_at", "id"], name="bk_question_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.question_set_name}: {self.question[:60]}"


class BookingStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    CANCELLED = "cancelled", "Cancelled"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


# The workflow (spec 04 §4.1): every status a booking may move to from each status.
TRANSITIONS: dict[str, frozenset[str]] = {
    BookingStatus.PENDING: frozenset(
        {BookingStatus.APPROVED, BookingStatus.REJECTED, BookingStatus.CANCELLED}
    ),
    BookingStatus.APPROVED: frozenset({BookingStatus.IN_PROGRESS, BookingStatus.CANCELLED}),
    BookingStatus.IN_PROGRESS: frozenset({BookingStatus.COMPLETED, BookingStatus.CANCELLED}),
    BookingStatus.COMPLETED: frozenset(),
    BookingStatus.CANCELLED: frozenset(),
    BookingStatus.REJECTED: frozenset(),
}
TERMINAL = frozenset(status for status, targets in TRANSITIONS.items() if not targets)
REASON_REQUIRED = frozenset({BookingStatus.CANCELLED, BookingStatus.REJECTED})


class Booking(TimeStampedModel):
    """A customer's request for a repair; moves through `TRANSITIONS`, never deleted."""

    Status = BookingStatus

    reference = models.CharField(max_length=11, unique=True, editable=False)
    name = models.CharField(max_length=255)
    email = models.EmailField(max_length=254, null=True, blank=True)
    phone = models.CharField(max_length=16, null=True, blank=True)
    address = models.TextField(max_length=500, blank=True, default="")
    message = models.TextField(max_length=2000, blank=True, default="")
    store = models.ForeignKey(
        "stores.Store", null=True, blank=True, on_delete=models.PROTECT, related_name="bookings"
    )
    date = models.DateField()
    time = models.TimeField()
    status = models.CharField(max_length=16, choices=BookingStatus.choices, default=BookingStatus.PENDING)
    reason = models.TextField(max_length=1000, blank=True, default="")
    attendant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attended_bookings",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    # `details` is null in responses until a caller has given it; then brand, product and the picked issues.
    has_details = models.BooleanField(default=False)
    brand = models.CharField(max_length=100, blank=True, default="")
    product = models.CharField(max_length=100, blank=True, default="")
    issues = models.ManyToManyField(Issue, through="BookingIssue", related_name="bookings", blank=True)
    other_issues = models.ManyToManyField(
        OtherIssue, through="BookingOtherIssue", related_name="bookings", blank=True
    )
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=BookingStatus.values), name="bookings_booking_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(reference__regex=r"^BK-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$"),
                name="bookings_booking_reference_format",
            ),
        ]
        # One index per list filter, each ending in the default ordering so a filtered page is an index scan.
        indexes = [
            models.Index(fields=["created_at", "id"], name="bk_booking_created_idx"),
            models.Index(fields=["status", "created_at", "id"], name="bk_booking_status_idx"),
            models.Index(fields=["store", "created_at", "id"], name="bk_booking_store_idx"),
            models.Index(fields=["attendant", "created_at", "id"], name="bk_booking_attendant_idx"),
            models.Index(fields=["user", "created_at", "id"], name="bk_booking_user_idx"),
            models.Index(fields=["date", "time", "id"], name="bk_booking_date_idx"),
            models.Index(fields=["email", "created_at"], name="bk_booking_email_idx"),
            models.Index(fields=["phone"], name="bk_booking_phone_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.name}"


class BookingIssue(models.Model):
    """A booking's picked issue; PROTECT keeps an issue in use from being deleted."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="issue_links")
    issue = models.ForeignKey(Issue, on_delete=models.PROTECT, related_name="booking_links")

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["booking", "issue"], name="bookings_bookingissue_unique")
        ]

    def __str__(self) -> str:
        return f"{self.booking_id} → {self.issue_id}"


class BookingOtherIssue(models.Model):
    """A booking's picked other issue; PROTECT keeps one in use from being deleted."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="other_issue_links")
    other_issue = models.ForeignKey(OtherIssue, on_delete=models.PROTECT, related_name="booking_links")

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "other_issue"], name="bookings_bookingotherissue_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.booking_id} → {self.other_issue_id}"


class BookingStatusChange(models.Model):
    """One transition of a booking, written by the request that won it; immutable."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="status_history")
    from_status = models.CharField(max_length=16, choices=BookingStatus.choices)
    to_status = models.CharField(max_length=16, choices=BookingStatus.choices)
    reason = models.TextField(max_length=1000, blank=True, default="")
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["changed_at", "id"]
        indexes = [models.Index(fields=["booking", "changed_at", "id"], name="bk_history_idx")]

    def __str__(self) -> str:
        return f"{self.booking_id}: {self.from_status} → {self.to_status}"


class CustomerResponse(models.Model):
    """A customer's answer to an intake question; the question is copied as text, so history never breaks."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="responses")
    question_set_name = models.CharField(max_length=50, blank=True, default="")
    question = models.CharField(max_length=655)
    response = models.CharField(max_length=655, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["created_at", "id"], name="bk_response_created_idx"),
            models.Index(fields=["booking", "created_at", "id"], name="bk_response_booking_idx"),
            models.Index(fields=["question_set_name", "created_at", "id"], name="bk_response_set_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.booking_id}: {self.question[:60]}"
