from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Upper

from storeops.core.models import TimeStampedModel

CODE_VALIDATOR = RegexValidator(r"^[A-Z0-9-]+\Z", "Use only letters A–Z, digits and '-'.", code="invalid")


def default_timezone() -> str:
    return settings.TIME_ZONE


class StoreType(models.TextChoices):
    HQ = "HQ", "Head office"
    BRANCH = "BRANCH", "Branch"


class Store(TimeStampedModel):
    """A shop of the chain; `branch_head` is the one user who runs it (branch stores only)."""

    name = models.CharField(max_length=100)
    code = models.CharField(max_length=20, validators=[CODE_VALIDATOR])
    address = models.CharField(max_length=255, blank=True, default="")
    phone = models.CharField(max_length=16, null=True, blank=True)
    email = models.EmailField(max_length=254, null=True, blank=True)
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    timezone = models.CharField(max_length=64, default=default_timezone)
    store_type = models.CharField(max_length=10, choices=StoreType.choices, default=StoreType.BRANCH)
    branch_head = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="headed_store"
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(Upper("code"), name="stores_store_code_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="stores_store_lat_lon_together",
            ),
        ]
        indexes = [
            models.Index(fields=["is_active", "name", "id"], name="stores_store_active_name_idx"),
            models.Index(fields=["created_at", "id"], name="stores_store_created_idx"),
            models.Index(fields=["store_type", "name", "id"], name="stores_store_type_name_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.code = (self.code or "").strip().upper()
        super().save(*args, **kwargs)


def default_geofence_radius() -> int:
    return settings.ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M


class Geofence(TimeStampedModel):
    """The circle around a store inside which advisors check in (one per store).

    It lives with the store rather than in attendance because it describes the place: the profile endpoint and
    the store directory read it, and attendance only consumes it.
    """

    store = models.OneToOneField(Store, on_delete=models.CASCADE, related_name="geofence")
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.DecimalField(
        max_digits=9, decimal_places=6, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    radius_m = models.PositiveIntegerField(
        default=default_geofence_radius, validators=[MinValueValidator(10), MaxValueValidator(5000)]
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["store_id", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(radius_m__gte=10, radius_m__lte=5000), name="stores_geofence_radius_range"
            ),
        ]

    def __str__(self) -> str:
        return f"Geofence of store {self.store_id}"
