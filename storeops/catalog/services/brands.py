"""Brands and their logos."""

import uuid
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from storeops.catalog.models import Brand
from storeops.catalog.services.common import (
    catalog_action,
    catalog_changed,
    check_unique,
    normalize,
    record_created,
    record_updated,
    refuse_slug_change,
    require,
    save_changes,
)
from storeops.catalog.services.inputs import BrandInput
from storeops.core.deletion import delete_checked
from storeops.core.images import verify_image
from storeops.core.locking import lock
from storeops.core.services import changes_apply
from storeops.core.slugs import insert

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_SIDE = 4096
BRAND_FIELDS = ("name", "is_active")


def _store_logo(brand: Brand, upload: UploadedFile | None) -> None:
    """Verify and store a new logo under a random name, or clear it for `None`."""
    if upload is None:
        brand.logo = None  # type: ignore[assignment]
        return
    image = verify_image(upload, field="logo", max_bytes=LOGO_MAX_BYTES, max_side=LOGO_MAX_SIDE)
    brand.logo.save(f"{uuid.uuid4().hex}.{image.extension}", upload, save=False)


def _delete_file_on_commit(name: str | None) -> None:
    if name:
        storage = Brand._meta.get_field("logo").storage  # type: ignore[union-attr]
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def brand_create(*, data: BrandInput, actor: Any) -> Brand:
    require(data, ["name"])
    values = normalize(data)
    brand = Brand(name=values["name"], is_active=values.get("is_active", True))
    if values.get("logo"):
        _store_logo(brand, values["logo"])
    insert(brand, slug_text=brand.name, chosen_slug=values.get("slug"), check_unique=check_unique)
    record_created(brand, actor=actor)
    catalog_changed()
    return brand


@transaction.atomic
def brand_update(*, brand: Brand, data: BrandInput, actor: Any) -> Brand:
    brand = lock(brand)
    refuse_slug_change(brand, data)
    values = normalize({k: v for k, v in data.items() if k != "slug"})
    require(values, [k for k in BRAND_FIELDS if k in values])
    changes = changes_apply(brand, values, BRAND_FIELDS)
    if "logo" in values:
        old = brand.logo.name or None
        upload = values["logo"] or None
        if upload is not None or old is not None:
            _store_logo(brand, upload)
            changes["logo"] = [old, brand.logo.name or None]
            _delete_file_on_commit(old)
    save_changes(brand, changes)
    record_updated(brand, changes, actor=actor)
    catalog_changed()
    return brand


@transaction.atomic
def brand_delete(*, brand: Brand, actor: Any) -> None:
    brand = lock(brand)
    name = brand.logo.name or None
    delete_checked(brand, action=catalog_action(brand, "deleted"), actor=actor)
    _delete_file_on_commit(name)
    catalog_changed()
