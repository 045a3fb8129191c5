"""Sign-in, self-registration, own profile and password changes."""

from typing import Any

from django.contrib.auth.hashers import check_password, get_hasher, make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import TokenPair, token_pair_issue, tokens_revoke_all
from storeops.accounts.services.verification import verification_email_queue
from storeops.activity import actions
from storeops.activity.services import record
from storeops.core.errors import ApplicationError
from storeops.core.services import changed_columns, changes_apply

INVALID_CREDENTIALS = "Invalid username/email or password."

_dummy_hash: str | None = None


def _dummy_password_hash() -> str:
    """A hash by the preferred hasher, checked when no account matches so unknown accounts cost the same work.

    Made once per process, and again only if the preferred hasher or its parameters change.
    """
    global _dummy_hash
    if _dummy_hash is None or not _hashed_by_preferred(_dummy_hash):
        _dummy_hash = make_password(get_random_string(32))
    return _dummy_hash


def _hashed_by_preferred(encoded: str) -> bool:
    preferred = get_hasher()
    return encoded.startswith(f"{preferred.algorithm}$") and not preferred.must_update(encoded)


def _find_login_user(identifier: str) -> User | None:
    lookup = {"email__iexact": identifier} if "@" in identifier else {"username__iexact": identifier}
    return User.objects.select_related("store").filter(**lookup).first()


class InvalidCredentials(ApplicationError):
    status_code = 401

    def __init__(self) -> None:
        super().__init__(INVALID_CREDENTIALS, "invalid_credentials")


def user_login(*, identifier: str, password: str) -> tuple[User, TokenPair]:
    """One password verification per attempt; a correct password stored by an older hasher or with older
    parameters is rewritten once with the preferred one (`check_password` saves only the password column)."""
    identifier = identifier.strip()
    user = _find_login_user(identifier)
    if user is None:
        check_password(password, _dummy_password_hash())
        ok = False
    else:
        ok = user.check_password(password) and user.is_active
    if not ok:
        with transaction.atomic():
            record(
                actor=None,
                action=actions.LOGIN_FAILED,
                entity=user,
                entity_type="user",
                metadata={"identifier": identifier[:150]},
            )
        raise InvalidCredentials()
    assert user is not None
    with transaction.atomic():
        user.last_login = timezone.now()
        user.save(update_fields=["last_login"])
        pair = token_pair_issue(user=user)
        record(actor=user, action=actions.LOGIN_SUCCEEDED, entity=user)
    return user, pair


def user_unique_check(
    *, username: str | None = None, email: str | None = None, exclude_pk: int | None = None
) -> None:
    errors: dict[str, list[str]] = {}
    others = User.objects.exclude(pk=exclude_pk) if exclude_pk else User.objects.all()
    if username is not None and others.filter(username__iexact=username).exists():
        errors["username"] = ["A user with this username already exists."]
    if email is not None and others.filter(email__iexact=email).exists():
        errors["email"] = ["A user with this e-mail already exists."]
    if errors:
        raise ValidationError(errors)


def save_unique(user: User, *, update_fields: list[str] | None = None) -> None:
    """Save, turning a lost race on the case-insensitive unique username/e-mail into the usual 400."""
    try:
        with transaction.atomic():
            user.save(update_fields=update_fields)
    except IntegrityError as exc:
        message = str(exc).lower()
        field = "email" if "email" in message else "username"
        text = (
            "A user with this e-mail already exists."
            if field == "email"
            else "A user with this username already exists."
        )
        raise ValidationError({field: [text]})


def password_validate(*, password: str, user: User, field: str = "password") -> None:
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages})


@transaction.atomic
def user_register(
    *,
    username: str,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    phone: str | None = None,
) -> User:
    """A new active customer without store; role, store and flags are never taken from the caller."""
    user_unique_check(username=username, email=email)
    user = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        role=Role.CUSTOMER,
        is_active=True,
        email_verified=False,
    )
    password_validate(password=password, user=user)
    user.set_password(password)
    save_unique(user)
    record(actor=user, action=actions.USER_REGISTERED, entity=user, changes=user_snapshot(user))
    verification_email_queue(user=user)
    return user


PROFILE_FIELDS = ("first_name", "last_name", "email", "phone")


@transaction.atomic
def profile_update(*, user: User, data: dict[str, Any]) -> User:
    """The signed-in user edits their own names, e-mail and phone; nothing else."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if "email" in data:
        user_unique_check(email=data["email"], exclude_pk=user.pk)
    changes = changes_apply(user, data, PROFILE_FIELDS)
    if "email" in changes and user.email_verified:
        changes |= changes_apply(user, {"email_verified": False}, ["email_verified"])
    if not changes:
        return user
    user.save(update_fields=changed_columns(user, changes))
    record(actor=user, action=actions.USER_UPDATED, entity=user, changes=changes)
    if "email" in changes:
        verification_email_queue(user=user)
    return user


@transaction.atomic
def password_change(*, user: User, current_password: str, new_password: str) -> TokenPair:
    user = User.objects.select_for_update().get(pk=user.pk)
    # The module function, not the method: the method would rehash and save the old password first.
    if not check_password(current_password, user.password):
        raise ValidationError({"current_password": ["Incorrect password."]})
    password_validate(password=new_password, user=user, field="new_password")
    user.set_password(new_password)
    user.save(update_fields=["password"])
    tokens_revoke_all(user=user, reason="revoked")
    record(actor=user, action=actions.USER_PASSWORD_CHANGED, entity=user)
    return token_pair_issue(user=user)


def user_snapshot(user: User) -> dict[str, Any]:
    from storeops.activity.services import snapshot

    return snapshot(
        user,
        [
            "username",
            "email",
            "email_verified",
            "first_name",
            "last_name",
            "phone",
            "role",
            "store",
            "is_active",
        ],
    )
