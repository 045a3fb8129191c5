"""The selfie pipeline against hostile uploads: size, format, pixel bombs, metadata, names, rollback."""

import io
import re
import time
import tracemalloc

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from PIL import Image

from storeops.attendance.photos import clean_photo, files_removed_on_rollback, photo_storage
from storeops.attendance.tests.images import (
    huge_png,
    image_bytes,
    jpeg_bytes,
    jpeg_markers,
    jpeg_with_metadata,
    psd_bytes,
    upload,
)
from storeops.core.errors import ApplicationError
from storeops.core.time import local_now

NAME = re.compile(r"^attendance/\d{4}/\d{2}/[0-9a-f]{32}\.jpg$")
NOT_IMAGE = {"photo": ["Upload a JPEG, PNG or WebP image."]}
TOO_MANY_PIXELS = {"photo": ["Image is larger than 40 megapixels."]}


def refused(content: bytes, name: str = "selfie.jpg") -> dict:
    with pytest.raises(ValidationError) as caught:
        clean_photo(upload(content, name))
    return caught.value.message_dict


def test_a_photo_over_the_byte_cap_is_413_before_decoding(settings):
    content = jpeg_bytes() + b"\x00" * (settings.ATTENDANCE_PHOTO_MAX_BYTES)
    with pytest.raises(ApplicationError) as caught:
        clean_photo(upload(content))
    assert (caught.value.status_code, caught.value.code) == (413, "file_too_large")
    assert caught.value.message == "Photo is larger than 5 MB."


def test_the_byte_cap_counts_what_is_read_not_what_the_upload_claims(settings):
    settings.ATTENDANCE_PHOTO_MAX_BYTES = 1000
    lying = upload(jpeg_bytes() + b"\x00" * 2000)
    lying.size = 10
    with pytest.raises(ApplicationError) as caught:
        clean_photo(lying)
    assert caught.value.status_code == 413


def test_a_photo_at_the_cap_is_accepted(settings):
    content = jpeg_bytes()
    settings.ATTENDANCE_PHOTO_MAX_BYTES = len(content)
    assert clean_photo(upload(content)).content[:2] == b"\xff\xd8"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"hello, this is text pretending to be a JPEG", "selfie.jpg"),
        (b"", "empty.png"),
        (jpeg_bytes()[:200], "truncated.jpg"),
    ],
)
def test_what_does_not_decode_is_refused_whatever_its_name(content, name):
    assert refused(content, name) == NOT_IMAGE


@pytest.mark.parametrize(
    "content",
    [image_bytes("GIF", mode="P"), image_bytes("TIFF"), image_bytes("BMP"), psd_bytes()],
    ids=["gif", "tiff", "bmp", "psd"],
)
def test_formats_outside_the_allow_list_are_refused_though_pillow_reads_them(content):
    assert Image.open(io.BytesIO(content)).size  # a real image of that kind
    assert refused(content, "selfie.jpg") == NOT_IMAGE


@pytest.mark.parametrize("side", [10_000, 20_000])
def test_a_pixel_bomb_is_refused_from_its_header_without_decoding(side):
    bomb = huge_png(side, side)
    assert len(bomb) < 64 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert refused(bomb, "small.png") == TOO_MANY_PIXELS
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Decoding would allocate side² bytes (100 MB or 400 MB) and take seconds.
    assert peak < 8 * 1024 * 1024
    assert elapsed < 1.0


def test_the_pixel_cap_follows_the_setting(settings):
    settings.ATTENDANCE_PHOTO_MAX_PIXELS = 100 * 100
    assert refused(jpeg_bytes((101, 100))) == {"photo": ["Image is larger than 0.01 megapixels."]}
    assert clean_photo(upload(jpeg_bytes((100, 100)))).width == 100


def test_metadata_is_stripped_and_orientation_applied():
    original = jpeg_with_metadata((40, 20), orientation=6)
    assert {0xE1, 0xE2, 0xFE} <= set(jpeg_markers(original))
    photo = clean_photo(upload(original))
    # Only the JFIF header among application segments; no EXIF/XMP (APP1), ICC (APP2), IPTC (APP13), comment.
    markers = jpeg_markers(photo.content)
    assert [m for m in markers if 0xE0 <= m <= 0xEF or m == 0xFE] == [0xE0]
    assert b"SecretPhone" not in photo.content and b"secret place" not in photo.content
    stored = Image.open(io.BytesIO(photo.content))
    assert stored.format == "JPEG"
    assert not {"exif", "xmp", "icc_profile", "comment"} & set(stored.info)
    # Orientation 6 turns the 40 × 20 picture upright: 20 × 40 with the left (red) half on top.
    assert stored.size == (20, 40)
    red, blue = stored.convert("RGB").getpixel((10, 5)), stored.convert("RGB").getpixel((10, 35))
    assert red[0] > 200 and red[2] < 60
    assert blue[2] > 200 and blue[0] < 60


@pytest.mark.parametrize(
    ("kind", "mode"), [("PNG", "RGBA"), ("PNG", "L"), ("PNG", "P"), ("WEBP", "RGB"), ("JPEG", "CMYK")]
)
def test_allowed_formats_and_modes_become_rgb_jpegs(kind, mode):
    photo = clean_photo(upload(image_bytes(kind, (30, 20), mode=mode), "x.bin", "text/plain"))
    stored = Image.open(io.BytesIO(photo.content))
    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (30, 20))


def test_transparent_areas_become_white():
    out = io.BytesIO()
    Image.new("RGBA", (8, 8), (0, 0, 0, 0)).save(out, format="PNG")
    stored = Image.open(io.BytesIO(clean_photo(upload(out.getvalue())).content))
    assert min(stored.getpixel((4, 4))) > 240


def test_an_animated_image_keeps_its_first_frame():
    out = io.BytesIO()
    frames = [Image.new("RGB", (16, 16), color) for color in ((255, 0, 0), (0, 255, 0))]
    frames[0].save(out, format="PNG", save_all=True, append_images=frames[1:])
    stored = Image.open(io.BytesIO(clean_photo(upload(out.getvalue())).content))
    assert stored.getpixel((8, 8))[0] > 200


def test_large_photos_are_scaled_down_to_fit_the_box(settings):
    settings.ATTENDANCE_PHOTO_MAX_SIDE = 160
    photo = clean_photo(upload(jpeg_bytes((4000, 3000))))
    assert (photo.width, photo.height) == (160, 120)
    assert Image.open(io.BytesIO(photo.content)).size == (160, 120)
    small = clean_photo(upload(jpeg_bytes((100, 50))))
    assert (small.width, small.height) == (100, 50)


@pytest.mark.parametrize("name", ["../../etc/passwd.jpg", "/abs/path.jpg", "..\\..\\win.jpg", "a\x7f.jpg"])
def test_stored_names_are_random_and_ignore_the_upload_name(name, settings, tmp_path):
    with files_removed_on_rollback() as files:
        stored = files.save(clean_photo(upload(jpeg_bytes(), name)), when=local_now())
    assert NAME.match(stored)
    path = photo_storage().path(stored)
    assert path.startswith(str(tmp_path / "private"))
    assert photo_storage().exists(stored)


def test_the_private_folder_is_outside_the_public_media_folder():
    from config.settings import storage

    private = storage.STORAGES["private"]["OPTIONS"]
    assert not storage.PRIVATE_MEDIA_ROOT.is_relative_to(storage.MEDIA_ROOT)
    assert private["location"] == str(storage.PRIVATE_MEDIA_ROOT)


@pytest.mark.django_db(transaction=True)
def test_files_saved_in_a_transaction_that_rolls_back_are_removed():
    photo = clean_photo(upload(jpeg_bytes()))
    with pytest.raises(RuntimeError), files_removed_on_rollback() as files, transaction.atomic(durable=True):
        name = files.save(photo, when=local_now())
        assert photo_storage().exists(name)
        raise RuntimeError("a later step failed")
    assert not photo_storage().exists(name)
    with files_removed_on_rollback() as files, transaction.atomic(durable=True):
        kept = files.save(photo, when=local_now())
    assert photo_storage().exists(kept)


@pytest.mark.django_db(transaction=True)
def test_a_failed_commit_removes_the_files(monkeypatch):
    from django.db import connection

    photo = clean_photo(upload(jpeg_bytes()))

    def failing_commit() -> None:
        raise RuntimeError("commit failed")

    with pytest.raises(RuntimeError), files_removed_on_rollback() as files, transaction.atomic(durable=True):
        name = files.save(photo, when=local_now())
        monkeypatch.setattr(connection, "commit", failing_commit)
    monkeypatch.undo()
    connection.rollback()
    assert not photo_storage().exists(name)
