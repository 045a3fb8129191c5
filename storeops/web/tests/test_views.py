"""The web app is served from this origin: the index page for client routes, hashed assets through WhiteNoise,
and every API and admin path keeps its own answers."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

INDEX = '<!doctype html><html><head><script type="module" src="/static/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>'
ASSET = "console.log('storeops web');\n"


@pytest.fixture
def built_web(tmp_path: Path, settings) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX, encoding="utf-8")
    (dist / "assets" / "index-Ab12Cd34.js").write_text(ASSET, encoding="utf-8")
    (dist / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    settings.WEB_DIST_DIR = dist
    settings.STATICFILES_DIRS = [dist]
    settings.STATIC_ROOT = tmp_path / "static-root"
    settings.STATIC_ROOT.mkdir()
    finders.get_finder.cache_clear()
    yield dist
    finders.get_finder.cache_clear()


@pytest.mark.parametrize(
    "path", ["/", "/catalog", "/catalog/products/iphone-15", "/account", "/login?next=/x"]
)
def test_client_routes_answer_the_index_page(built_web: Path, path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response.content.decode() == INDEX
    assert response["Cache-Control"] == "no-cache"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_head_is_answered_and_writes_are_refused(built_web: Path) -> None:
    client = Client()
    assert client.head("/catalog").status_code == 200
    assert client.post("/catalog").status_code == 405


def test_index_page_follows_a_rebuild_without_restart(built_web: Path) -> None:
    client = Client()
    assert client.get("/").content.decode() == INDEX
    (built_web / "index.html").write_text("<html>rebuilt</html>", encoding="utf-8")
    assert client.get("/").content.decode() == "<html>rebuilt</html>"


def test_hashed_asset_is_served_by_whitenoise_as_immutable(built_web: Path) -> None:
    response = Client().get("/static/assets/index-Ab12Cd34.js")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == ASSET  # type: ignore[attr-defined]
    assert "immutable" in response["Cache-Control"]
    assert "javascript" in response["Content-Type"]


def test_unhashed_static_file_is_served_without_immutable_caching(built_web: Path) -> None:
    response = Client().get("/static/robots.txt")
    assert response.status_code == 200
    assert "immutable" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("path", ["/static/assets/missing-Zz99Yy88.js", "/static/", "/media/a.png"])
def test_missing_static_and_media_paths_are_404_not_the_page(built_web: Path, path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 404
    assert response.content.decode() != INDEX


@pytest.mark.parametrize("path", ["/api/no-such-thing", "/api/no/such/thing/", "/api"])
def test_unknown_api_paths_keep_their_json_404(built_web: Path, path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


@pytest.mark.django_db
def test_api_and_admin_and_probes_are_not_the_page(built_web: Path) -> None:
    client = Client()
    assert client.get("/healthz").json() == {"status": "ok"}
    stores = client.get("/api/stores")
    assert stores.status_code == 200
    assert stores["Content-Type"] == "application/json"
    admin = client.get("/admin/")
    assert admin.status_code == 302
    assert admin["Location"].startswith("/admin/login/")
    assert client.get("/admin").status_code == 404


def test_unbuilt_web_app_answers_503_with_instructions(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.WEB_DIST_DIR = tmp_path / "nothing-here"
    response = Client().get("/catalog")
    assert response.status_code == 503
    assert b"npm run build" in response.content
    assert Client().get("/api/nope").status_code == 404
