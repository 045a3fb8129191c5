"""Marketing fixtures: the shared captcha server, SMTP server and SMS gateway, Redis throttle cache."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.api.tests.conftest import frozen_clock, redis_throttle, siteverify  # noqa: F401
from storeops.notifications.tests.conftest import sms_gateway, smtp_down, smtp_server  # noqa: F401


@pytest.fixture
def captcha(settings, siteverify):  # type: ignore[no-untyped-def]  # noqa: F811
    """Captcha verification on, against the local provider; `captcha("/ok")` picks its behaviour."""
    settings.DEBUG = False
    settings.CAPTCHA_DISABLED = False
    settings.CAPTCHA_SECRET_KEY = "server-secret"
    settings.CAPTCHA_TIMEOUT_SECONDS = 0.5

    def use(path: str) -> None:
        settings.CAPTCHA_VERIFY_URL = siteverify.url(path)

    use("/ok")
    return use


def contact_body(**overrides):  # type: ignore[no-untyped-def]
    return {
        "name": "Asha Rao",
        "mobile_no": "+91 98000 00001",
        "email": "Asha@Example.com",
        "message": "Please call me about a cracked screen.",
        "captcha_token": "tok",
        **overrides,
    }


def call_body(**overrides):  # type: ignore[no-untyped-def]
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    return {
        "name": "Ravi Kumar",
        "mobile_no": "9800000002",
        "date": tomorrow.isoformat(),
        "time": "10:00",
        "message": "Battery swap",
        "captcha_token": "tok",
        **overrides,
    }
