"""Verifying uploaded images by decoding them: the format comes from the bytes, never the name or content type."""

from dataclasses import dataclass
from typing import IO, Any

from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError

from storeops.core.errors import ApplicationError

DEFAULT_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


@dataclass(frozen=True)
class VerifiedImage:
    format: str
    extension: str
    width: int
    height: int


def _size_of(file: IO[bytes] | Any) -> int:
    size = getattr(file, "size", None)
    if size is not None:
        return int(size)
    position = file.tell()
    file.seek(0, 2)
    end = file.tell()
    file.seek(position)
    return int(end)


def verify_image(
    file: IO[bytes] | Any,
    *,
    field: str,
    max_bytes: int,
    max_side: int,
    formats: frozenset[str] = DEFAULT_FORMATS,
) -> VerifiedImage:
    """Decode `file` fully and check format, byte size and dimensions.

    Too large → 413 `file_too_large`; anything else wrong → 400 `{field: [...]}`. The file is rewound afterwards.
    """
    if _size_of(file) > max_bytes:
        raise ApplicationError(
            f"The image is larger than {max_bytes // (1024 * 1024)} MB.", "file_too_large", status=413
        )
    allowed = ", ".join(sorted(EXTENSIONS.get(f, f.lower()).upper() for f in formats))
    not_image = ValidationError({field: [f"Upload a valid image ({allowed})."]})
    try:
        file.seek(0)
        with Image.open(file) as image:
            kind, (width, height) = image.format, image.size
            # Dimensions come from the header, so an oversized image is refused before it is decoded.
            if kind in formats and width <= max_side and height <= max_side:
                image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise not_image
    finally:
        file.seek(0)
    if kind not in formats:
        raise not_image
    if width > max_side or height > max_side:
        raise ValidationError({field: [f"The image must be at most {max_side}×{max_side} pixels."]})
    return VerifiedImage(format=kind, extension=EXTENSIONS[kind], width=width, height=height)
