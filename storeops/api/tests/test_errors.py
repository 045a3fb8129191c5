"""Error shapes: authentication failures, bad bodies, size cap, and every accepted body encoding."""

from datetime import timedelta
from urllib.parse import urlencode

import jwt
import pytest
from django.conf import settings as django_settings
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from storeops.accounts.models import User
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import PASSWORD
from storeops.activity.models import ActivityEvent

TOKEN_NOT_VALID = {"detail": "Token is invalid or expired", "code": "token_not_valid"}


def _bearer(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def _claims(user) -> dict:  # type: ignore[no-untyped-def]
    return jwt.decode(
        token_pair_issue(user=user).access, django_settings.SIMPLE_JWT["SIGNING_KEY"], algorithms=["HS256"]
    )


@pytest.mark.parametrize("path", ["/api/auth/me", "/api/stores", "/api/users"])
def test_malformed_token_is_401(db, path):
    for raw in ["abc", "a.b.c", "Bearer", "eyJhbGciOiJIUzI1NiJ9.e30.", "\u00e9\u00e9"]:
        response = _bearer(raw).get(path)
        assert response.status_code == 401, (raw, response.content)
        assert response.json() == TOKEN_NOT_VALID


def test_token_with_wrong_signature_is_401(advisor):
    forged = jwt.encode(_claims(advisor), "not-the-signing-key-" * 3, algorithm="HS256")
    response = _bearer(forged).get("/api/auth/me")
    assert response.status_code == 401
    assert response.json() == TOKEN_NOT_VALID
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_unsigned_token_is_401(advisor):
    forged = jwt.encode(_claims(advisor), None, algorithm="none")
    response = _bearer(forged).get("/api/auth/me")
    assert response.status_code == 401
    assert response.json() == TOKEN_NOT_VALID


def test_expired_token_is_401(advisor):
    token = AccessToken.for_user(advisor)
    token["ver"] = advisor.token_version
    token.set_exp(lifetime=-timedelta(seconds=5))
    response = _bearer(str(token)).get("/api/auth/me")
    assert response.status_code == 401
    assert response.json() == TOKEN_NOT_VALID


def test_refresh_token_used_as_access_is_401(advisor):
    response = _bearer(token_pair_issue(user=advisor).refresh).get("/api/auth/me")
    assert response.status_code == 401
    assert response.json() == TOKEN_NOT_VALID


def test_token_of_a_deleted_user_is_401(advisor):
    access = token_pair_issue(user=advisor).access
    User.objects.filter(pk=advisor.pk).delete()
    response = _bearer(access).get("/api/auth/me")
    assert response.status_code == 401
    assert response.json() == TOKEN_NOT_VALID


def test_valid_token_passes(advisor):
    response = _bearer(token_pair_issue(user=advisor).access).get("/api/auth/me")
    assert response.status_code == 200
    assert response.json()["username"] == "advisor"


@pytest.mark.parametrize(
    ("method", "path"), [("get", "/api/auth/me"), ("get", "/api/users"), ("post", "/api/stores")]
)
def test_missing_credentials_is_401_not_authenticated(api, unchanged, method, path):
    with unchanged():
        response = getattr(api(), method)(path, {})
    assert response.status_code == 401
    assert response.json() == {
        "detail": "Authentication credentials were not provided.",
        "code": "not_authenticated",
    }
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_authenticated_but_not_allowed_is_403(api, customer, unchanged):
    with unchanged():
        response = api(customer).get("/api/users")
    assert response.status_code == 403
    assert response.json() == {
        "detail": "You do not have permission to perform this action.",
        "code": "permission_denied",
    }


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/octet-stream"])
def test_unsupported_content_type_is_415(api, advisor, unchanged, content_type):
    with unchanged():
        response = api().post("/api/auth/login", data=b"username=advisor", content_type=content_type)
    assert response.status_code == 415
    assert response.json() == {
        "detail": f'Unsupported media type "{content_type}" in request.',
        "code": "unsupported_media_type",
    }


@pytest.mark.parametrize(
    "body",
    [b'{"username": "adv\xff\xfeisor", "password": "x"}', b'{"username": "advisor",', b"not json", b"\xff"],
)
def test_undecodable_or_invalid_json_is_400(api, advisor, unchanged, body):
    with unchanged():
        response = api().post("/api/auth/login", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert response.json()["detail"].startswith("JSON parse error")


def test_json_array_body_is_400_not_500(api, unchanged):
    with unchanged():
        response = api().post("/api/auth/login", data=b"[1, 2]", content_type="application/json")
    assert response.status_code == 400
    assert "non_field_errors" in response.json()


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        ("application/json", b'{"username": "' + b"x" * 400 + b'"}'),
        ("application/x-www-form-urlencoded", b"username=" + b"x" * 400),
        ("text/plain", b"x" * 400),
    ],
)
def test_body_over_the_cap_is_413(api, settings, unchanged, content_type, data):
    settings.MAX_REQUEST_BODY_BYTES = 300
    with unchanged(User.objects.all()):
        response = api().post("/api/auth/register", data=data, content_type=content_type)
    assert response.status_code == 413
    assert response.json() == {"detail": "Request body is too large.", "code": "request_too_large"}
    assert response["X-Request-ID"]


def test_multipart_body_over_the_cap_is_413(api, settings, unchanged):
    settings.MAX_REQUEST_BODY_BYTES = 300
    with unchanged(User.objects.all()):
        response = api().post(
            "/api/auth/register",
            {"username": "big", "email": "big@example.com", "password": PASSWORD, "first_name": "x" * 400},
            format="multipart",
        )
    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_body_under_the_cap_passes(api, settings):
    settings.MAX_REQUEST_BODY_BYTES = 300
    body = {"username": "small", "email": "small@example.com", "password": PASSWORD}
    assert api().post("/api/auth/register", body).status_code == 201


def test_invalid_content_length_is_400(api, unchanged):
    with unchanged():
        response = api().post(
            "/api/auth/login", data=b"{}", content_type="application/json", CONTENT_LENGTH="abc"
        )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"


REGISTRATION = {
    "username": "formuser",
    "email": "FormUser@Example.com",
    "password": PASSWORD,
    "first_name": "Form",
    "phone": "98765 43210",
}


def _assert_registered() -> None:
    user = User.objects.get(username="formuser")
    assert (user.email, user.first_name, user.last_name, user.phone, user.role) == (
        "formuser@example.com",
        "Form",
        "",
        "9876543210",
        "customer",
    )
    assert user.check_password(PASSWORD)
    assert (
        ActivityEvent.objects.filter(action="accounts.user.registered", entity_id=str(user.pk)).count() == 1
    )


def test_register_with_form_urlencoded_body(api):
    response = api().post(
        "/api/auth/register", data=urlencode(REGISTRATION), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 201, response.content
    _assert_registered()


def test_register_with_multipart_body(api):
    response = api().post("/api/auth/register", REGISTRATION, format="multipart")
    assert response.status_code == 201, response.content
    _assert_registered()


def test_register_with_json_body_ignores_unknown_and_privileged_fields(api, store):
    body = {**REGISTRATION, "role": "system_admin", "store": store.pk, "is_active": False, "is_staff": True}
    response = api().post("/api/auth/register", body)
    assert response.status_code == 201, response.content
    user = User.objects.get(username="formuser")
    assert (user.role, user.store_id, user.is_active, user.is_staff) == ("customer", None, True, False)


def test_form_login_field_error_is_field_map(api, unchanged):
    with unchanged():
        response = api().post(
            "/api/auth/login", data="username=someone", content_type="application/x-www-form-urlencoded"
        )
    assert response.status_code == 400
    assert response.json() == {"password": ["This field is required."]}
