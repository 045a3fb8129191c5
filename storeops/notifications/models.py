from django.conf import settings
from django.db import models
from django.utils import timezone


class Notification(models.Model):
    """One message to one address over one channel: a transactional outbox row."""

    class Channel(models.TextChoices):
        EMAIL = "email", "E-mail"
        SMS = "sms", "SMS"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    class Audience(models.TextChoices):
        CUSTOMER = "customer", "Customer"
        STAFF = "staff", "Staff"

    event = models.CharField(max_length=64)
    channel = models.CharField(max_length=8, choices=Channel.choices)
    recipient = models.CharField(max_length=254)
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notifications",
    )
    audience = models.CharField(max_length=16, choices=Audience.choices)
    subject = models.CharField(max_length=255, blank=True, default="")
    body = models.TextField()
    entity_type = models.CharField(max_length=50, blank=True, default="")
    entity_id = models.CharField(max_length=64, blank=True, default="")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=1000, blank=True, default="")
    # While `sending`, the lease expiry: past it, the row counts as abandoned by a crashed worker and is due again.
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "sending", "sent", "failed"]),
                name="notif_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(channel__in=["email", "sms"]), name="notif_channel_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(sent_at__isnull=False),
                name="notif_sent_has_sent_at",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="notif_due_idx"),
            models.Index(fields=["entity_type", "entity_id"], name="notif_entity_idx"),
            models.Index(fields=["created_at", "id"], name="notif_created_idx"),
            models.Index(fields=["event", "created_at"], name="notif_event_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event} {self.channel} → {self.recipient}"
