"""Server-side captcha check against a siteverify-compatible provider (form POST, JSON `success`)."""

import json
import logging
import urllib.error

from django.conf import settings
from rest_framework import serializers

from storeops.accounts.roles import STAFF_ROLES
from storeops.core.errors import ServiceUnavailable
from storeops.core.http import post_form

logger = logging.getLogger(__name__)

INVALID = "Invalid captcha."


def captcha_required(user: object) -> bool:
    """Authenticated staff skip the captcha; everybody else must pass it."""
    return not (getattr(user, "is_authenticated", False) and getattr(user, "role", None) in STAFF_ROLES)


def verify_captcha(token: str | None, *, remote_ip: str | None = None) -> None:
    """Raise a `captcha_token` validation error when refused, 503 when the provider cannot answer."""
    secret = settings.CAPTCHA_SECRET_KEY
    if not secret:
        if settings.DEBUG or settings.CAPTCHA_DISABLED:
            return
        raise ServiceUnavailable("Captcha verification is not configured.", code="captcha_unavailable")
    if not token:
        raise serializers.ValidationError({"captcha_token": [INVALID]})
    payload = {"secret": secret, "response": token}
    if remote_ip:
        payload["remoteip"] = remote_ip
    try:
        body = post_form(settings.CAPTCHA_VERIFY_URL, payload, timeout=settings.CAPTCHA_TIMEOUT_SECONDS)
        result = json.loads(body.decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        # Redirects surface here as HTTPError too: they are never followed.
        logger.warning("captcha provider unreachable: %s", exc)
        raise ServiceUnavailable(
            "Captcha verification is unavailable; try again shortly.", code="captcha_unavailable"
        )
    if not (isinstance(result, dict) and result.get("success") is True):
        raise serializers.ValidationError({"captcha_token": [INVALID]})
