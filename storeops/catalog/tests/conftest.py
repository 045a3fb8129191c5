import io

import pytest
from PIL import Image

from storeops.catalog.tests.factories import (
    BrandFactory,
    CategoryFactory,
    DepartmentFactory,
    ProductFactory,
    SubcategoryFactory,
)


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    """A small catalog: phones and accessories, Apple and Samsung, products at 5 and 10."""
    phones = DepartmentFactory(name="Phones", slug="phones")
    accessories = DepartmentFactory(name="Accessories", slug="accessories")
    smartphones = CategoryFactory(name="Smartphones", slug="smartphones", department=phones)
    cases = CategoryFactory(name="Cases", slug="cases", department=accessories)
    android = SubcategoryFactory(name="Android", slug="android", category=smartphones)
    silicone = SubcategoryFactory(name="Silicone", slug="silicone", category=cases)
    apple = BrandFactory(name="Apple", slug="apple")
    samsung = BrandFactory(name="Samsung", slug="samsung")
    cheap = ProductFactory(
        name="Cheap case", slug="cheap-case", brand=samsung, subcategory=silicone, price="5.00"
    )
    phone = ProductFactory(name="Phone", slug="phone", brand=apple, subcategory=android, price="10.00")
    return {
        "phones": phones,
        "accessories": accessories,
        "smartphones": smartphones,
        "cases": cases,
        "android": android,
        "silicone": silicone,
        "apple": apple,
        "samsung": samsung,
        "cheap": cheap,
        "phone": phone,
    }


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (32, 32), noise: bool = False) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    if noise:
        import os

        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()
