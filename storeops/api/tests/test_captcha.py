"""Server-side captcha verification against a local siteverify-compatible server."""

import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.checks import run_checks
from rest_framework.exceptions import ValidationError

from storeops.accounts.tests.factories import UserFactory
from storeops.api.captcha import captcha_required, verify_captcha
from storeops.api.checks import captcha_configured
from storeops.api.tests.conftest import free_port_closed
from storeops.core.errors import ServiceUnavailable

INVALID = {"captcha_token": ["Invalid captcha."]}


@pytest.fixture
def configured(settings, siteverify):  # type: ignore[no-untyped-def]
    settings.DEBUG = False
    settings.CAPTCHA_DISABLED = False
    settings.CAPTCHA_SECRET_KEY = "server-secret"
    settings.CAPTCHA_TIMEOUT_SECONDS = 0.5

    def use(path: str) -> None:
        settings.CAPTCHA_VERIFY_URL = siteverify.url(path)

    return use


def test_success_passes_and_posts_the_form(configured, siteverify):
    configured("/ok")
    assert verify_captcha("tok-123", remote_ip="203.0.113.9") is None
    assert siteverify.hits == [
        ("/ok", {"secret": "server-secret", "response": "tok-123", "remoteip": "203.0.113.9"})
    ]


def test_remote_ip_is_optional(configured, siteverify):
    configured("/ok")
    verify_captcha("tok")
    assert siteverify.hits == [("/ok", {"secret": "server-secret", "response": "tok"})]


def test_refusal_is_a_field_error(configured, siteverify):
    configured("/no")
    with pytest.raises(ValidationError) as info:
        verify_captcha("bad-token")
    assert info.value.detail == INVALID
    assert len(siteverify.hits) == 1


@pytest.mark.parametrize("token", ["", None])
def test_missing_token_is_refused_without_asking_the_provider(configured, siteverify, token):
    configured("/ok")
    with pytest.raises(ValidationError) as info:
        verify_captcha(token)
    assert info.value.detail == INVALID
    assert siteverify.hits == []


def test_slow_provider_is_503_after_the_timeout(configured):
    configured("/slow")
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable) as info:
        verify_captcha("tok")
    assert time.monotonic() - started < 1.5
    assert info.value.status_code == 503
    assert info.value.code == "captcha_unavailable"
    assert info.value.retry_after > 0


def test_redirect_is_not_followed(configured, siteverify):
    configured("/redirect")
    with pytest.raises(ServiceUnavailable):
        verify_captcha("tok")
    assert [path for path, _ in siteverify.hits] == ["/redirect"]


@pytest.mark.parametrize("path", ["/error", "/garbage"])
def test_provider_error_or_garbage_is_503(configured, path):
    configured(path)
    with pytest.raises(ServiceUnavailable):
        verify_captcha("tok")


def test_connection_refused_is_503(configured, settings):
    settings.CAPTCHA_VERIFY_URL = f"http://127.0.0.1:{free_port_closed()}/siteverify"
    with pytest.raises(ServiceUnavailable):
        verify_captcha("tok")


def test_no_secret_in_production_fails_closed_and_the_check_reports_it(settings):
    settings.DEBUG = False
    settings.CAPTCHA_DISABLED = False
    settings.CAPTCHA_SECRET_KEY = ""
    with pytest.raises(ServiceUnavailable) as info:
        verify_captcha("tok")
    assert info.value.status_code == 503
    assert [error.id for error in captcha_configured(None)] == ["storeops.E001"]
    assert "storeops.E001" in {message.id for message in run_checks()}


@pytest.mark.parametrize(("debug", "disabled"), [(True, False), (False, True)])
def test_no_secret_passes_when_debug_or_disabled(settings, siteverify, debug, disabled):
    settings.DEBUG = debug
    settings.CAPTCHA_DISABLED = disabled
    settings.CAPTCHA_SECRET_KEY = ""
    settings.CAPTCHA_VERIFY_URL = siteverify.url("/no")
    assert verify_captcha(None) is None
    assert siteverify.hits == []
    assert captcha_configured(None) == []


def test_check_passes_with_a_secret(settings):
    settings.DEBUG = False
    settings.CAPTCHA_DISABLED = False
    settings.CAPTCHA_SECRET_KEY = "server-secret"
    assert captcha_configured(None) == []


@pytest.mark.parametrize(
    ("role", "required"),
    [("system_admin", False), ("branch_head", False), ("advisor", False), ("customer", True)],
)
def test_captcha_required_by_role(db, role, required):
    assert captcha_required(UserFactory(role=role)) is required


def test_captcha_required_for_anonymous():
    assert captcha_required(AnonymousUser()) is True
    assert captcha_required(None) is True
