"""Paths: optional trailing slash without redirects, JSON 404/405/500 under /api/."""

import pytest
from django.test import Client

from storeops.accounts.tests.factories import PASSWORD
from storeops.activity.models import ActivityEvent

NOT_FOUND = {"detail": "Not found.", "code": "not_found"}


def _no_redirect(response):  # type: ignore[no-untyped-def]
    assert response.status_code not in {301, 302, 303, 307, 308}, response.get("Location")
    assert "Location" not in response


@pytest.mark.parametrize("path", ["/api/stores", "/api/stores/"])
def test_list_answers_with_and_without_slash(api, store, other_store, path):
    response = api().get(path)
    _no_redirect(response)
    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [other_store.pk, store.pk]


def test_get_routes_answer_identically_with_and_without_slash(api, admin_user, advisor, store):
    client = api(admin_user)
    for path in ["/api/stores", f"/api/stores/{store.pk}", "/api/users", "/api/auth/me", "/api/schema"]:
        bare, slashed = client.get(path), client.get(path + "/")
        _no_redirect(bare)
        _no_redirect(slashed)
        assert bare.status_code == slashed.status_code == 200, path
        assert bare.content == slashed.content, path


@pytest.mark.parametrize("path", ["/api/auth/login", "/api/auth/login/"])
def test_post_login_succeeds_with_and_without_slash(api, advisor, path):
    response = api().post(path, {"username": "advisor", "password": PASSWORD})
    _no_redirect(response)
    assert response.status_code == 200, response.content
    assert set(response.json()) == {"access", "refresh", "user", "username", "role", "store"}


def test_post_failed_login_is_the_same_401_with_and_without_slash(api, advisor):
    bare = api().post("/api/auth/login", {"username": "advisor", "password": "wrong-password"})
    slashed = api().post("/api/auth/login/", {"username": "advisor", "password": "wrong-password"})
    assert bare.status_code == slashed.status_code == 401
    assert (
        bare.json()
        == slashed.json()
        == {"detail": "Invalid username/email or password.", "code": "invalid_credentials"}
    )
    assert ActivityEvent.objects.filter(action="auth.login.failed").count() == 2


@pytest.mark.parametrize("path", ["/api/auth/register", "/api/auth/register/"])
def test_post_register_is_performed_on_both_paths(api, path, django_user_model):
    body = {"username": "newbie", "email": "newbie@example.com", "password": PASSWORD}
    response = api().post(path, body)
    _no_redirect(response)
    assert response.status_code == 201, response.content
    assert django_user_model.objects.filter(username="newbie").count() == 1


@pytest.mark.parametrize(
    "path",
    [
        "/api",
        "/api/",
        "/api/nonexistent",
        "/api/nonexistent/",
        "/api/nonexistent/deep/path",
        "/api/stores/x/y",
    ],
)
def test_unknown_api_path_is_json_404(db, path):
    response = Client().get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == NOT_FOUND


@pytest.mark.parametrize("path", ["/api/nonexistent/deep/path", "/api/auth/nothing"])
def test_unknown_api_path_is_json_404_with_debug(db, settings, path):
    settings.DEBUG = True
    response = Client().get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == NOT_FOUND


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_unknown_api_path_is_json_404_for_writes_even_with_csrf_checks(db, method):
    # A browser-less client sends no CSRF cookie; the answer must still be the JSON 404, not an HTML 403.
    response = getattr(Client(enforce_csrf_checks=True), method)(
        "/api/nonexistent", data="{}", content_type="application/json"
    )
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_unknown_object_is_json_404(api, admin_user):
    response = api(admin_user).get("/api/stores/999999")
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_non_api_unknown_path_stays_a_plain_404(db):
    # Other unknown paths outside /api/ are routes of the web app (storeops/web); a missing static file is not.
    response = Client().get("/static/nonexistent-file.js")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    ("method", "path", "who"),
    [
        ("delete", "/api/auth/login", None),
        ("get", "/api/auth/login/", None),
        ("put", "/api/auth/register", None),
        ("delete", "/api/stores", None),
        ("delete", "/api/stores/", "admin"),
        ("post", "/api/auth/me", "admin"),
        ("put", "/api/users", "admin"),
    ],
)
def test_wrong_method_is_json_405(api, admin_user, unchanged, method, path, who):
    client = api(admin_user if who else None)
    with unchanged():
        response = getattr(client, method)(path)
    assert response.status_code == 405, response.content
    assert response.json() == {
        "detail": f'Method "{method.upper()}" not allowed.',
        "code": "method_not_allowed",
    }
    assert "Allow" in response


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("path", ["/api/_test/boom", "/api/_test/boom/"])
def test_server_error_in_api_view_is_json_500(db, test_routes, method, path):
    client = Client(raise_request_exception=False)
    response = getattr(client, method)(path)
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {
        "detail": "Internal server error.",
        "code": "server_error",
        "request_id": response["X-Request-ID"],
    }
    assert test_routes["boom"] == 1
