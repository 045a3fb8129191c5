"""E-mail address verification: a signed token bound to the user and the address it was sent to."""

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.accounts.models import User
from storeops.activity import actions
from storeops.activity.services import record
from storeops.core.errors import Conflict

_SALT = "storeops.accounts.verify-email"


def verification_token_make(*, user: User) -> str:
    return signing.dumps({"u": user.pk, "e": user.email.lower()}, salt=_SALT, compress=True)


def _invalid() -> ValidationError:
    return ValidationError({"token": ["Invalid or expired token."]})


def verification_email_queue(*, user: User) -> None:
    """Queue the verification message through the notification outbox (sent after commit)."""
    from storeops.notifications.services import Recipient, notify

    token = verification_token_make(user=user)
    notify(
        event="account.verify_email",
        template="verify_email",
        channels=["email"],
        recipients=[Recipient(email=user.email, user=user, audience="customer")],
        context={"user": user, "token": token, "link": settings.EMAIL_VERIFICATION_URL.format(token=token)},
        entity=user,
    )


@transaction.atomic
def email_verify(*, token: str) -> User:
    max_age = settings.EMAIL_VERIFICATION_MAX_AGE_HOURS * 3600
    try:
        payload = signing.loads(token, salt=_SALT, max_age=max_age)
    except signing.BadSignature:
        raise _invalid()
    user = User.objects.select_for_update().filter(pk=payload.get("u"), is_active=True).first()
    if user is None or user.email.lower() != payload.get("e"):
        raise _invalid()
    if not user.email_verified:
        user.email_verified = True
        user.save(update_fields=["email_verified"])
        record(
            actor=user,
            action=actions.USER_EMAIL_VERIFIED,
            entity=user,
            changes={"email_verified": [False, True]},
        )
    return user


@transaction.atomic
def verification_email_resend(*, user: User) -> None:
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.email_verified:
        raise Conflict("E-mail already verified.", "already_verified")
    verification_email_queue(user=user)
