from typing import ClassVar

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower

from storeops.accounts.roles import STAFF_ROLES, Role

USERNAME_VALIDATOR = RegexValidator(
    r"^[A-Za-z0-9.+_-]+\Z", "Enter a valid username: letters, digits and . + - _ only.", code="invalid"
)


class UserManager(DjangoUserManager):
    def get_by_natural_key(self, username):  # type: ignore[no-untyped-def]
        return self.get(username__iexact=username)

    def create_superuser(self, username, email=None, password=None, **extra):  # type: ignore[no-untyped-def]
        # Every superuser is a system admin, created through the audited service.
        from storeops.accounts.services.users import user_create_system_admin

        return user_create_system_admin(username=username, email=email or "", password=password, **extra)


class User(AbstractUser):
    """A staff member or customer; `role` decides what they may do, `store` where they work."""

    username = models.CharField(max_length=150, unique=True, validators=[USERNAME_VALIDATOR])
    email = models.EmailField(max_length=254, unique=True)
    email_verified = models.BooleanField(default=False)
    phone = models.CharField(max_length=16, null=True, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CUSTOMER)
    store = models.ForeignKey(
        "stores.Store", null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    # Raised on password change, deactivation and token reuse; tokens carrying an older value are refused.
    token_version = models.PositiveIntegerField(default=0)

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    REQUIRED_FIELDS = ["email"]

    class Meta:
        ordering = ["-date_joined", "-id"]
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
            models.CheckConstraint(
                condition=~models.Q(role=Role.CUSTOMER) | models.Q(store__isnull=True),
                name="accounts_user_customer_without_store",
            ),
        ]
        indexes = [
            models.Index(fields=["role", "is_active"], name="accounts_user_role_idx"),
            models.Index(fields=["date_joined", "id"], name="accounts_user_joined_idx"),
        ]

    def __str__(self) -> str:
        return self.username

    @property
    def full_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_staff_role(self) -> bool:
        return self.role in STAFF_ROLES


class RefreshTokenRecord(models.Model):
    """Server-side record of an issued refresh token: outstanding until blacklisted with a reason."""

    class Reason(models.TextChoices):
        ROTATED = "rotated", "Rotated"
        LOGOUT = "logout", "Logout"
        REVOKED = "revoked", "Revoked"

    jti = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="refresh_tokens")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    blacklisted_at = models.DateTimeField(null=True, blank=True)
    blacklist_reason = models.CharField(max_length=16, choices=Reason.choices, blank=True, default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "blacklisted_at"], name="accounts_refresh_user_idx")]

    def __str__(self) -> str:
        return f"refresh {self.jti} of {self.user_id}"
