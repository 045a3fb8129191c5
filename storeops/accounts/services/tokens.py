"""Refresh-token lifecycle: issue, rotate (with reuse detection), blacklist, verify."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken, UntypedToken

from storeops.accounts.models import RefreshTokenRecord, User
from storeops.activity import actions
from storeops.activity.services import record
from storeops.core.errors import ApplicationError

Reason = RefreshTokenRecord.Reason


class TokenInvalid(ApplicationError):
    status_code = 401

    def __init__(self) -> None:
        super().__init__("Token is invalid or expired", "token_not_valid")


class TokenReused(ApplicationError):
    status_code = 401

    def __init__(self) -> None:
        super().__init__("Refresh token already used; all sessions were signed out.", "token_reused")


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str

    def as_dict(self) -> dict[str, str]:
        return {"access": self.access, "refresh": self.refresh}


def _stamp(value: Any) -> datetime:
    return datetime.fromtimestamp(int(value), tz=UTC)


def token_pair_issue(*, user: User) -> TokenPair:
    """A new access + refresh pair carrying the user's current token version; the refresh is recorded."""
    refresh = RefreshToken.for_user(user)
    refresh["ver"] = user.token_version
    RefreshTokenRecord.objects.create(
        jti=refresh["jti"], user=user, created_at=_stamp(refresh["iat"]), expires_at=_stamp(refresh["exp"])
    )
    return TokenPair(access=str(refresh.access_token), refresh=str(refresh))


def _decode_refresh(raw: str) -> RefreshToken:
    try:
        return RefreshToken(raw)  # type: ignore[arg-type]
    except TokenError:
        raise TokenInvalid()


def _live_user(token: Any) -> User:
    user = User.objects.filter(pk=token.get("user_id")).first()
    if user is None or not user.is_active or token.get("ver") != user.token_version:
        raise TokenInvalid()
    return user


def token_refresh(*, raw: str) -> TokenPair:
    """Consume the refresh token and return a new pair. Presenting a rotated token again revokes them all."""
    token = _decode_refresh(raw)
    jti = token["jti"]
    with transaction.atomic():
        user = _live_user(token)
        consumed = RefreshTokenRecord.objects.filter(jti=jti, user=user, blacklisted_at__isnull=True).update(
            blacklisted_at=timezone.now(), blacklist_reason=Reason.ROTATED
        )
        if consumed:
            return token_pair_issue(user=user)
    previous = RefreshTokenRecord.objects.filter(jti=jti).values_list("blacklist_reason", flat=True).first()
    if previous == Reason.ROTATED:
        _revoke_family(user_id=token["user_id"], jti=jti)
        raise TokenReused()
    raise TokenInvalid()


def _revoke_family(*, user_id: int, jti: str) -> None:
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user_id)
        revoked = tokens_revoke_all(user=user, reason=Reason.REVOKED)
        record(
            actor=None,
            action=actions.TOKEN_REUSE_DETECTED,
            entity=user,
            metadata={"jti": jti, "revoked_tokens": revoked},
        )


def tokens_revoke_all(*, user: User, reason: str) -> int:
    """Blacklist every outstanding refresh token and raise the version so live access tokens die too."""
    revoked = RefreshTokenRecord.objects.filter(user=user, blacklisted_at__isnull=True).update(
        blacklisted_at=timezone.now(), blacklist_reason=reason
    )
    User.objects.filter(pk=user.pk).update(token_version=F("token_version") + 1)
    user.refresh_from_db(fields=["token_version"])
    return revoked


_LOGOUT_INVALID = {"refresh": ["Token is invalid or expired."]}


def token_logout(*, raw: str, caller: Any) -> None:
    try:
        token = RefreshToken(raw)  # type: ignore[arg-type]
    except TokenError:
        raise ValidationError(_LOGOUT_INVALID)
    # The claim is a string in the token; compare as text so the holder's own access token is accepted.
    if getattr(caller, "is_authenticated", False) and str(caller.pk) != str(token.get("user_id")):
        raise ValidationError({"refresh": ["Token belongs to another user."]})
    with transaction.atomic():
        done = RefreshTokenRecord.objects.filter(jti=token["jti"], blacklisted_at__isnull=True).update(
            blacklisted_at=timezone.now(), blacklist_reason=Reason.LOGOUT
        )
        if done:
            user = User.objects.get(pk=token["user_id"])
            record(actor=user, action=actions.LOGOUT, entity=user)
        elif not RefreshTokenRecord.objects.filter(jti=token["jti"]).exists():
            raise ValidationError(_LOGOUT_INVALID)


def token_verify(*, raw: str) -> None:
    try:
        token = UntypedToken(raw)  # type: ignore[arg-type]
    except TokenError:
        raise TokenInvalid()
    _live_user(token)
    if token.get("token_type") == "refresh":
        live = RefreshTokenRecord.objects.filter(jti=token.get("jti"), blacklisted_at__isnull=True).exists()
        if not live:
            raise TokenInvalid()
    elif token.get("token_type") != "access":
        raise TokenInvalid()
