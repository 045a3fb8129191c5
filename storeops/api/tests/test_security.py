"""Security headers, self-hosted API docs, health probes."""

import re

import pytest
from django.test import Client

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
URL = re.compile(r"""(?:https?:)?//[^\s"'<>)]+""", re.IGNORECASE)
STRICT_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'"
LOCAL = re.compile(r"(?:https?:)?//testserver(?:[/:]|$)")
ASSET = re.compile(r"""<(?:script|link|img)\b[^>]*?\b(?:src|href)=["']([^"']+)["']""", re.IGNORECASE)


def _assert_security_headers(response) -> None:  # type: ignore[no-untyped-def]
    for header, value in SECURITY_HEADERS.items():
        assert response.get(header) == value, header
    assert "Strict-Transport-Security" not in response


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/stores"),
        ("get", "/api/nonexistent"),
        ("post", "/api/auth/login"),
        ("get", "/api/auth/me"),
        ("get", "/healthz"),
    ],
)
def test_security_headers_and_strict_csp_on_api_responses(db, method, path):
    response = getattr(Client(), method)(path)
    assert response["Content-Type"].startswith("application/json")
    _assert_security_headers(response)
    assert response["Content-Security-Policy"] == STRICT_CSP


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/stores", 200),
        ("get", "/api/nonexistent", 404),
        ("delete", "/api/auth/login", 405),
        ("get", "/api/auth/me", 401),
        ("post", "/api/auth/login", 400),
        ("get", "/healthz", 200),
        ("get", "/api/schema", 200),
    ],
)
def test_strict_csp_on_every_non_html_response(db, method, path, status):
    response = getattr(Client(), method)(path)

    assert response.status_code == status
    assert response["Content-Security-Policy"] == STRICT_CSP


def test_strict_csp_on_413_made_by_middleware(db, settings):
    settings.MAX_REQUEST_BODY_BYTES = 10
    response = Client().post("/api/auth/login", {"username": "x" * 100}, content_type="application/json")

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"
    assert response["Content-Security-Policy"] == STRICT_CSP


def test_strict_csp_on_400_for_a_bad_content_length(db):
    response = Client().post("/api/auth/login", b"{}", content_type="application/json", CONTENT_LENGTH="x")

    assert response.status_code == 400
    assert response["Content-Security-Policy"] == STRICT_CSP


def test_strict_csp_on_500(db, test_routes):
    response = Client(raise_request_exception=False).get("/api/_test/boom")

    assert response.status_code == 500
    body = response.json()
    assert (body["detail"], body["code"], body["request_id"]) == (
        "Internal server error.",
        "server_error",
        response["X-Request-ID"],
    )
    assert response["Content-Security-Policy"] == STRICT_CSP


def test_admin_pages_keep_the_page_policy_without_inline_scripts(db):
    response = Client().get("/admin/login/")

    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("path", ["/api/docs/", "/api/docs", "/api/redoc/", "/api/redoc"])
def test_doc_pages_are_public_html_with_csp(db, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    _assert_security_headers(response)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_doc_pages_use_only_local_assets(db, path):
    html = Client().get(path).content.decode()
    external = [url for url in URL.findall(html) if not LOCAL.match(url)]
    assert external == []
    assets = ASSET.findall(html)
    assert assets, "the page loads no assets at all"
    for src in assets:
        assert src.startswith("/"), src
        assert src.startswith(("/static/", "/api/docs/?script=")), src
    # CSP allows no inline script: every <script> must load from a URL.
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_doc_assets_are_served(db, path):
    client = Client()
    html = client.get(path).content.decode()
    for src in ASSET.findall(html):
        response = client.get(src)
        assert response.status_code == 200, src
        if hasattr(response, "streaming_content"):
            response.close()


def test_swagger_init_script_is_javascript(db):
    response = Client().get("/api/docs/?script=")
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] in {"application/javascript", "text/javascript"}
    body = response.content.decode()
    assert "SwaggerUIBundle" in body
    assert "/api/schema" in body
    assert not URL.findall(body.replace("http://testserver", ""))


@pytest.mark.parametrize("path", ["/api/schema", "/api/schema/"])
def test_schema_is_public(db, path):
    response = Client().get(path, HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")
    _assert_security_headers(response)


def test_schema_is_public_even_with_a_bad_token(db):
    response = Client().get("/api/schema", HTTP_AUTHORIZATION="Bearer garbage")
    assert response.status_code == 200


def test_hsts_only_when_configured(db, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    response = Client().get("/api/stores", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=3600"


def test_no_https_redirect_by_default(db):
    response = Client().post("/api/auth/login", {})
    assert response.status_code == 400


def test_healthz(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_needs_no_database():
    assert Client().get("/healthz").status_code == 200


def test_readyz_ok(db):
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "throttle_cache": "ok"},
    }


def test_readyz_503_when_the_throttle_cache_is_down(db, dead_throttle_cache):
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "cache": "ok", "throttle_cache": "unavailable"},
    }


def test_readyz_ignores_credentials(db):
    assert Client().get("/readyz", HTTP_AUTHORIZATION="Bearer garbage").status_code == 200
