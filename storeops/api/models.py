from django.db import models


class IdempotencyRecord(models.Model):
    """The first completed response for (caller, Idempotency-Key), replayed on retries for a day."""

    class State(models.TextChoices):
        RUNNING = "running", "Running"
        DONE = "done", "Done"

    caller = models.CharField(max_length=80)
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64)
    state = models.CharField(max_length=8, choices=State.choices, default=State.RUNNING)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.BinaryField(null=True, blank=True)
    response_content_type = models.CharField(max_length=100, blank=True, default="")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["caller", "key"], name="api_idempotency_caller_key_unique")
        ]
        indexes = [models.Index(fields=["expires_at"], name="api_idempotency_expiry_idx")]

    def __str__(self) -> str:
        return f"{self.caller} {self.key}"
