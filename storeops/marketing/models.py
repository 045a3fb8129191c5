"""Leads from the public website: contact requests and call requests, each worked through one status workflow."""

from django.db import models
from django.utils import timezone


class LeadStatus(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    CLOSED = "closed", "Closed"


# Allowed status changes; `closed` is terminal.
TRANSITIONS: dict[str, frozenset[str]] = {
    LeadStatus.NEW: frozenset({LeadStatus.CONTACTED, LeadStatus.CLOSED}),
    LeadStatus.CONTACTED: frozenset({LeadStatus.CLOSED}),
    LeadStatus.CLOSED: frozenset(),
}


class Lead(models.Model):
    """What both lead types share: who asked, the admin status and its history."""

    name = models.CharField(max_length=255)
    mobile_no = models.CharField(max_length=32)
    status = models.CharField(max_length=16, choices=LeadStatus.choices, default=LeadStatus.NEW)
    # Append-only, oldest first; each entry freezes the admin's name, so renaming a user never rewrites it.
    # Kept on the row: it is written under the row's lock and read with it in one query.
    history = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.name} ({self.mobile_no})"


class ContactRequest(Lead):
    """A message sent through the website's contact form."""

    email = models.EmailField(max_length=254, blank=True, default="")
    message = models.TextField(max_length=2000)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=LeadStatus.values), name="mkt_contact_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["created_at", "id"], name="mkt_contact_created_idx"),
            models.Index(fields=["status", "created_at", "id"], name="mkt_contact_status_idx"),
        ]


class CallRequest(Lead):
    """A request to be called back at a chosen local date and time."""

    date = models.DateField()
    time = models.TimeField()
    message = models.TextField(max_length=1000, blank=True, default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=LeadStatus.values), name="mkt_call_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["created_at", "id"], name="mkt_call_created_idx"),
            models.Index(fields=["status", "created_at", "id"], name="mkt_call_status_idx"),
            models.Index(fields=["date", "time", "id"], name="mkt_call_date_idx"),
        ]
