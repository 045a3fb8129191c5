"""Public uploads on local storage are served by the app; private files and anything outside the folder are not."""

from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from storeops.catalog.tests.conftest import image_bytes


@pytest.fixture
def logo_path(api, admin_user) -> str:  # type: ignore[no-untyped-def]
    upload = SimpleUploadedFile("logo.png", image_bytes("PNG"), content_type="image/png")
    response = api(admin_user).post("/api/brands", {"name": "Apple", "logo": upload}, format="multipart")
    assert response.status_code == 201, response.content
    return urlsplit(response.json()["logo"]).path


def test_an_uploaded_logo_is_served_at_its_url(db, logo_path: str) -> None:
    response = Client().get(logo_path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    name = logo_path.removeprefix("/media/")
    with default_storage.open(name, "rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()
    assert response["Cache-Control"] == "public, max-age=86400"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert Client().head(logo_path).status_code == 200


def test_writes_are_refused_and_the_file_stays(db, logo_path: str) -> None:
    response = Client().post(logo_path, data=b"x", content_type="image/png")
    assert response.status_code == 405
    assert default_storage.exists(logo_path.removeprefix("/media/"))


@pytest.mark.parametrize(
    "path",
    [
        "/media/../private/selfies/secret.jpg",
        "/media/%2e%2e/private/selfies/secret.jpg",
        "/media/..%2fprivate/selfies/secret.jpg",
        "/media/brands/",
        "/media/brands/missing.png",
    ],
)
def test_private_files_missing_files_and_folders_are_404(db, path: str) -> None:
    private = storages["private"]
    name = private.save("selfies/secret.jpg", ContentFile(b"private bytes"))
    try:
        response = Client().get(path)
        assert response.status_code == 404
        assert b"private bytes" not in response.content
    finally:
        private.delete(name)


def test_nothing_is_served_when_media_serving_is_off(db, logo_path: str, settings) -> None:  # type: ignore[no-untyped-def]
    settings.SERVE_MEDIA = False
    assert Client().get(logo_path).status_code == 404
