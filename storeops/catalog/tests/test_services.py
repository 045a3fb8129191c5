from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Brand, Department, PriceLog, Product
from storeops.catalog.services import (
    brand_create,
    department_create,
    product_create,
    product_update,
    variant_create,
)
from storeops.catalog.tests.factories import BrandFactory, ProductFactory, SubcategoryFactory
from storeops.core.slugs import slug_base


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Galaxy S24 Ultra", "galaxy-s24-ultra"),
        ("  Crème Brûlée!! ", "creme-brulee"),
        ("under_score & more", "under-score-more"),
        ("2024", "product-2024"),
        ("12 - 34", "product-12-34"),
        ("!!!", "product"),
        ("日本語", "product"),
        ("", "product"),
    ],
)
def test_slug_base(text, expected):
    assert slug_base(text, Product) == expected


def test_long_names_are_cut_to_80_without_trailing_dash():
    base = slug_base("word " * 40, Product)
    assert len(base) <= 80
    assert not base.endswith("-")


@pytest.mark.django_db
def test_collision_suffix_keeps_slug_within_80_chars():
    name = "x" * 120
    first = department_create(data={"name": name[:100]}, actor=None)
    second = department_create(data={"name": name[:99]}, actor=None)
    assert first.slug == "x" * 80
    assert second.slug == "x" * 78 + "-2"


@pytest.mark.django_db
def test_concurrent_style_retry_when_slug_taken_between_check_and_insert(monkeypatch):
    """The first free slug is re-chosen when an insert loses the unique-index race."""
    from storeops.core import slugs as common

    Department.objects.create(name="Other", slug="phones")
    monkeypatch.setattr(common, "next_free_slug", _stale_then_real(common.next_free_slug))
    department = department_create(data={"name": "Phones"}, actor=None)
    assert department.slug == "phones-2"


def _stale_then_real(real):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def pick(model, base):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return base if calls["n"] == 1 else real(model, base)

    return pick


@pytest.mark.django_db
def test_service_refuses_blank_and_missing():
    with pytest.raises(ValidationError) as exc:
        department_create(data={"name": "  "}, actor=None)
    assert exc.value.message_dict == {"name": ["This field may not be blank."]}
    with pytest.raises(ValidationError) as exc:
        product_create(data={"name": "X"}, actor=None)
    assert set(exc.value.message_dict) == {"brand", "subcategory", "price"}


@pytest.mark.django_db
def test_product_update_price_log_only_on_numeric_change(admin_user):
    product = ProductFactory(price="10.00")
    product_update(product=product, data={"price": 10}, actor=admin_user)
    assert not PriceLog.objects.exists()
    product_update(product=product, data={"price": "10.5", "price_change_reason": "r"}, actor=None)
    log = PriceLog.objects.get()
    assert (log.old_price, log.new_price, log.changed_by, log.reason) == (
        Decimal("10"),
        Decimal("10.50"),
        None,
        "r",
    )
    event = ActivityEvent.objects.get()
    assert event.changes == {"price": ["10.00", "10.50"]}
    assert event.reason == "r"


@pytest.mark.django_db
def test_variant_slug_uses_product_slug():
    product = ProductFactory(slug="galaxy-s24")
    variant = variant_create(data={"product": product, "name": "256GB Black", "price": 1}, actor=None)
    assert variant.slug == "galaxy-s24-256gb-black"
    again = variant_create(data={"product": product, "name": "256GB Black!", "price": 1}, actor=None)
    assert again.slug == "galaxy-s24-256gb-black-2"


@pytest.mark.django_db
def test_brand_digits_only_name():
    brand = brand_create(data={"name": "2024"}, actor=None)
    assert brand.slug == "brand-2024"
    assert Brand.objects.get().is_active is True


@pytest.mark.django_db
def test_product_sku_trimmed_and_blank_is_null():
    data = {"name": "X", "brand": BrandFactory(), "subcategory": SubcategoryFactory(), "price": 1}
    assert product_create(data={**data, "sku": "  "}, actor=None).sku is None
    assert product_create(data={**data, "sku": " A-1 "}, actor=None).sku == "A-1"
