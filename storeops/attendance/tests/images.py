"""Hostile and ordinary images for the selfie pipeline tests, made here rather than shipped as files."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def jpeg_bytes(
    size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = (200, 120, 80), **save
) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="JPEG", **save)
    return out.getvalue()


def image_bytes(kind: str, size: tuple[int, int] = (32, 24), mode: str = "RGB", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, 128 if mode in ("L", "P") else (10, 200, 30)).save(out, format=kind, **save)
    return out.getvalue()


def upload(content: bytes, name: str = "selfie.jpg", content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width: int, height: int) -> bytes:
    """A valid 1-bit greyscale PNG of `width` × `height` zero pixels: a few KB that decode to a huge image."""
    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


def psd_bytes() -> bytes:
    """A 1 × 1 RGB Photoshop file, which Pillow can read but the pipeline must not accept."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 1, 1, 8, 3)
    sections = struct.pack(">III", 0, 0, 0)
    return header + sections + struct.pack(">H", 0) + b"\x10\x20\x30"


def jpeg_with_metadata(size: tuple[int, int] = (40, 20), orientation: int = 6) -> bytes:
    """Left half red, right half blue, with GPS EXIF, an orientation, a comment, an ICC profile and XMP."""
    image = Image.new("RGB", size, (255, 0, 0))
    image.paste((0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretPhone Inc."
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (12.0, 58.0, 17.76), "E", (77.0, 35.0, 40.56)
    out = io.BytesIO()
    image.save(
        out,
        format="JPEG",
        exif=exif.tobytes(),
        comment=b"taken at home",
        icc_profile=b"\x00" * 128 + b"fake-icc-profile",
        xmp=b"<x:xmpmeta>secret place</x:xmpmeta>",
        quality=95,
    )
    return out.getvalue()


def jpeg_markers(content: bytes) -> list[int]:
    """The JPEG segment markers before the image data (SOS), in order."""
    assert content[:2] == b"\xff\xd8", "not a JPEG"
    markers, position = [], 2
    while position < len(content):
        assert content[position] == 0xFF
        marker = content[position + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", content[position + 2 : position + 4])
        position += 2 + length
    return markers
