"""The selfie pipeline of check-in and check-out: verify, clean and store a photo privately.

Every step distrusts the upload. The size is counted while reading (the client's `Content-Length` and the
upload's `size` are not trusted alone), the format comes from decoding with an allow-list of decoders (never
from the name or content type), the pixel count is read from the header before any pixel is decoded, and what
is stored is a fresh JPEG re-encoded from the pixels alone: no EXIF (so no GPS), XMP, ICC profile or comment of
the original survives. Stored names are random and live in the `private` storage, which has no public URL; the
API streams them after a permission check.

A file written during a transaction cannot be rolled back with it, so `files_removed_on_rollback()` deletes
what was saved inside it when the block fails, including a failed COMMIT. It must wrap the outermost
(durable) transaction: only then does leaving the block without an exception mean the rows were committed.
"""

import io
import math
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from PIL import Image, ImageOps, UnidentifiedImageError
from PIL.JpegImagePlugin import JpegImageFile

from storeops.attendance import policy
from storeops.core.errors import ApplicationError

ALLOWED_DECODERS = ("JPEG", "PNG", "WEBP")
JPEG_QUALITY = 85
STORAGE_ALIAS = "private"
_CHUNK = 64 * 1024
# What decoding a hostile file can raise inside Pillow; all of it means "not an image we accept".
_DECODE_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError)


def photo_storage() -> Storage:
    return storages[STORAGE_ALIAS]


def _too_large() -> ApplicationError:
    megabytes = policy.photo_max_bytes() / (1024 * 1024)
    shown = f"{megabytes:g}"
    return ApplicationError(f"Photo is larger than {shown} MB.", "file_too_large", status=413)


def read_capped(upload: IO[bytes] | Any, *, limit: int) -> bytes:
    """The upload's bytes, refused with 413 as soon as more than `limit` bytes have been read."""
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise _too_large()
    upload.seek(0)
    buffer = io.BytesIO()
    while chunk := upload.read(_CHUNK):
        buffer.write(chunk)
        if buffer.tell() > limit:
            raise _too_large()
    return buffer.getvalue()


def _not_image(field_name: str) -> ValidationError:
    return ValidationError({field_name: ["Upload a JPEG, PNG or WebP image."]})


def _too_many_pixels(field_name: str) -> ValidationError:
    megapixels = policy.photo_max_pixels() / 1_000_000
    return ValidationError({field_name: [f"Image is larger than {megapixels:g} megapixels."]})


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB pixels; transparent areas become white rather than whatever colour the transparent pixels hold."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _fitted(width: int, height: int, box: int) -> tuple[int, int]:
    """The size of a `width` × `height` image scaled down to fit a `box` square (the box is square, so EXIF
    rotation does not change the answer)."""
    ratio = min(1.0, box / width, box / height)
    return max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio))


def _decode(data: bytes, field_name: str) -> Image.Image:
    """The first frame, upright, RGB, fitted to the configured box; the pixel cap is read from the header."""
    max_pixels, max_side = policy.photo_max_pixels(), policy.photo_max_side()
    with warnings.catch_warnings():
        # Pillow's own bomb warning is replaced by the cap below; its hard error still stops absurd headers.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=ALLOWED_DECODERS) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise _too_many_pixels(field_name)
                if isinstance(image, JpegImageFile):
                    # JPEG can decode at 1/2, 1/4 or 1/8 scale: a 12 MP selfie is decoded at about the
                    # stored size instead of in full, which is most of the cost of a punch.
                    image.draft("RGB", _fitted(width, height, max_side))
                image.load()
                upright = ImageOps.exif_transpose(image)
                rgb = _to_rgb(upright)
        except Image.DecompressionBombError:
            raise _too_many_pixels(field_name)
        except _DECODE_ERRORS:
            raise _not_image(field_name)
    rgb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return rgb


def _encode_clean(image: Image.Image) -> bytes:
    # A new image holds the pixels only: nothing of the original's `info` (EXIF, XMP, ICC, comment) can be
    # carried into the JPEG writer, which otherwise copies a comment over by itself.
    clean = Image.frombytes("RGB", image.size, image.tobytes())
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


@dataclass(frozen=True)
class CleanPhoto:
    content: bytes
    width: int
    height: int


def clean_photo(upload: IO[bytes] | Any, *, field_name: str = "photo") -> CleanPhoto:
    """Verify the upload and return it re-encoded as a metadata-free JPEG; 413 or 400 `{field_name: [...]}`."""
    data = read_capped(upload, limit=policy.photo_max_bytes())
    image = _decode(data, field_name)
    return CleanPhoto(content=_encode_clean(image), width=image.width, height=image.height)


def photo_name(when: datetime) -> str:
    return f"attendance/{when:%Y}/{when:%m}/{uuid.uuid4().hex}.jpg"


@dataclass
class SavedFiles:
    """Files saved inside a `files_removed_on_rollback()` block."""

    names: list[str] = field(default_factory=list)

    def save(self, photo: CleanPhoto, *, when: datetime) -> str:
        name = photo_storage().save(photo_name(when), ContentFile(photo.content))
        self.names.append(name)
        return name


@contextmanager
def files_removed_on_rollback() -> Iterator[SavedFiles]:
    """Yield a saver; if the block raises (its transaction rolled back or failed to commit), delete its files.

    Wrap a durable transaction with it: `with files_removed_on_rollback() as files, transaction.atomic(durable=True)`.
    """
    saved = SavedFiles()
    try:
        yield saved
    except BaseException:
        storage = photo_storage()
        for name in saved.names:
            storage.delete(name)
        raise
