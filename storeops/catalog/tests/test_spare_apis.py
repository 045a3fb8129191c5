import pytest

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Spare
from storeops.catalog.tests.factories import (
    ProductFactory,
    QualityFactory,
    SpareFactory,
    VariantFactory,
)


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def spares(shop):  # type: ignore[no-untyped-def]
    cheap = SpareFactory(name="Battery", sku="BAT-1", price="50.00", brand=shop["apple"])
    dear = SpareFactory(name="Screen", sku="SCR-1", price="500.00", brand=shop["samsung"])
    return cheap, dear


@pytest.mark.parametrize("who", ["anonymous", "customer"])
def test_spare_price_absent_for_non_staff(api, request, spares, who):
    client = api() if who == "anonymous" else api(request.getfixturevalue(who))
    rows = client.get("/api/spares").json()["results"]
    assert rows and all("price" not in row for row in rows)
    assert "price" not in client.get(f"/api/spares/{spares[0].pk}").json()


@pytest.mark.parametrize("who", ["advisor", "branch_head", "admin_user"])
def test_spare_price_present_for_staff(api, request, spares, who):
    client = api(request.getfixturevalue(who))
    rows = client.get("/api/spares").json()["results"]
    assert [row["price"] for row in rows] == ["50.00", "500.00"]


def test_price_probes_ignored_for_anonymous(api, spares):
    baseline = ids(api().get("/api/spares"))
    assert ids(api().get("/api/spares?min_price=100")) == baseline
    assert ids(api().get("/api/spares?max_price=100")) == baseline
    assert ids(api().get("/api/spares?ordering=-price")) == baseline


def test_price_filters_and_ordering_for_staff(api, advisor, spares):
    cheap, dear = spares
    client = api(advisor)
    assert ids(client.get("/api/spares?min_price=100")) == [dear.pk]
    assert ids(client.get("/api/spares?max_price=100")) == [cheap.pk]
    assert ids(client.get("/api/spares?ordering=-price")) == [dear.pk, cheap.pk]


def test_spare_filters(api, shop, spares):
    cheap, dear = spares
    quality = QualityFactory(slug="original")
    cheap.quality = quality
    cheap.save()
    assert ids(api().get("/api/spares?search=scr")) == [dear.pk]
    assert ids(api().get("/api/spares?search=battery")) == [cheap.pk]
    assert ids(api().get("/api/spares?brand=samsung")) == [dear.pk]
    assert ids(api().get(f"/api/spares?brand={shop['apple'].pk}")) == [cheap.pk]
    assert ids(api().get("/api/spares?brand=nope")) == []
    assert ids(api().get("/api/spares?quality=original")) == [cheap.pk]
    assert ids(api().get("/api/spares?quality=nope")) == []
    assert ids(api().get("/api/spares?ordering=-sku")) == [dear.pk, cheap.pk]
    assert ids(api().get("/api/spares?ordering=-name")) == [dear.pk, cheap.pk]
    assert ids(api().get("/api/spares?ordering=-date_created")) == [dear.pk, cheap.pk]


def test_product_and_variant_compatibility_filters(api, shop, spares):
    fits_product, fits_variant = spares
    phone = shop["phone"]
    variant = VariantFactory(product=phone, slug="phone-black")
    fits_product.compatible_products.add(phone)
    fits_variant.compatible_variants.add(variant)
    unrelated = SpareFactory(name="Zeta")
    unrelated.compatible_products.add(shop["cheap"])
    assert ids(api().get("/api/spares?product=phone")) == [fits_product.pk, fits_variant.pk]
    assert ids(api().get("/api/spares?variant=phone-black")) == [fits_product.pk, fits_variant.pk]
    assert ids(api().get(f"/api/spares?variant={VariantFactory(product=phone).pk}")) == [fits_product.pk]
    assert ids(api().get("/api/spares?product=cheap-case")) == [unrelated.pk]
    assert ids(api().get("/api/spares?product=nope")) == []


def test_spare_create_with_compatibility(api, admin_user, shop):
    variant = VariantFactory(product=shop["phone"], slug="phone-black")
    response = api(admin_user).post(
        "/api/spares",
        {
            "name": "Screen",
            "sku": "SCR-9",
            "price": "199",
            "brand": "apple",
            "compatible_products": ["phone", shop["cheap"].pk],
            "compatible_variants": ["phone-black"],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["price"] == "199.00"
    assert body["compatible_products"] == [
        {"id": shop["cheap"].pk, "slug": "cheap-case", "name": "Cheap case"},
        {"id": shop["phone"].pk, "slug": "phone", "name": "Phone"},
    ]
    assert body["compatible_variants"] == [{"id": variant.pk, "slug": "phone-black", "name": variant.name}]
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.spare.created"
    assert event.changes["compatible_products"] == sorted([shop["phone"].pk, shop["cheap"].pk])


def test_spare_update_links_and_audit(api, admin_user, shop, spares):
    spare = spares[0]
    response = api(admin_user).patch(
        f"/api/spares/{spare.pk}", {"compatible_products": ["phone"], "price": "60"}
    )
    assert response.status_code == 200
    event = ActivityEvent.objects.get()
    assert event.changes == {"price": ["50.00", "60.00"], "compatible_products": [[], [shop["phone"].pk]]}


def test_spare_sku_unique_ignoring_case(api, admin_user, spares, unchanged):
    with unchanged(Spare.objects.all()):
        response = api(admin_user).post("/api/spares", {"name": "X", "sku": "bat-1", "price": "1"})
    assert response.status_code == 400
    assert response.json() == {"sku": ["A spare with this SKU already exists."]}


def test_inactive_spare_invisible_to_non_admin(api, admin_user, advisor, spares):
    hidden = SpareFactory(is_active=False)
    for client in (api(), api(advisor)):
        assert client.get(f"/api/spares/{hidden.pk}").status_code == 404
        assert hidden.pk not in ids(client.get("/api/spares?is_active=false"))
    assert ids(api(admin_user).get("/api/spares?is_active=false")) == [hidden.pk]


def test_inactive_products_hidden_from_compatibility_for_non_admins(api, admin_user, spares):
    hidden = ProductFactory(is_active=False)
    spares[0].compatible_products.add(hidden)
    assert api().get(f"/api/spares/{spares[0].pk}").json()["compatible_products"] == []
    assert len(api(admin_user).get(f"/api/spares/{spares[0].pk}").json()["compatible_products"]) == 1


def test_spare_delete_is_204_with_one_event(api, admin_user, shop, spares):
    spare = spares[0]
    spare.compatible_products.add(shop["phone"])
    assert api(admin_user).delete(f"/api/spares/{spare.pk}").status_code == 204
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.spare.deleted"
    assert event.changes["compatible_products"] == [shop["phone"].pk]
