"""The fast read path renders exactly the bytes the output serializers rendered, for every audience."""

from datetime import UTC, datetime

import pytest
from rest_framework.renderers import JSONRenderer

from storeops.api.fastpath import dumps
from storeops.catalog import outputs, serializers
from storeops.catalog.models import Department, Product
from storeops.catalog.selectors import product_list
from storeops.catalog.tests.factories import ProductFactory, SpareFactory, UnitFactory, VariantFactory

# The REST framework renders the serializer path when a rendering option is asked for; indent=0 is the compact
# rendering every client gets, so it is the old output for the same rows.
SERIALIZER_PATH = {"HTTP_ACCEPT": "application/json; indent=0"}

PATHS = [
    "/api/products",
    "/api/products/",
    "/api/products?page_size=1",
    "/api/products?page_size=1&page=2",
    "/api/products?page_size=1&page=3",
    "/api/products?ordering=-price",
    "/api/products?ordering=-date_created,name",
    "/api/products?department=phones&min_price=6&ordering=-date_created",
    "/api/products?brand=apple,samsung&search=a",
    "/api/products?is_active=false",
    "/api/products/phone",
    "/api/products/cheap-case/",
    "/api/departments?page_size=1&page=2",
    "/api/departments/phones",
    "/api/spares",
    "/api/spares?ordering=-price&min_price=1",
    "/api/brands",
    "/api/variants",
]


@pytest.fixture
def catalog(shop):  # type: ignore[no-untyped-def]
    odd = ProductFactory(
        name='Ünïcode \u2028 line\u2029 \x01 "quoted" \\ 📱',
        slug="odd",
        brand=shop["apple"],
        subcategory=shop["android"],
        unit=None,
        sku=None,
        description="tab\tnew\nline </script>",
        price="1234567.89",
        is_active=False,
    )
    Product.objects.filter(pk=odd.pk).update(date_created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    VariantFactory(product=shop["phone"])
    VariantFactory(product=shop["phone"], is_active=False)
    SpareFactory(unit=UnitFactory(), price="12.50").compatible_products.add(shop["phone"])
    SpareFactory(is_active=False)
    return shop


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("who", [None, "customer", "advisor", "admin_user"])
def test_fast_path_renders_the_serializer_bytes(api, request, catalog, path, who):
    client = api(request.getfixturevalue(who) if who else None)
    fast = client.get(path)
    old = client.get(path, **SERIALIZER_PATH)
    assert fast.status_code == old.status_code, fast.content
    assert fast.status_code == 200 or (who is None or who != "admin_user") and "page=3" in path
    assert fast.content == old.content
    assert fast["Content-Type"] == old["Content-Type"] == "application/json"
    again = client.get(path)  # from the cache this time
    assert again.content == fast.content


def test_product_row_matches_the_serializer_on_tricky_rows(catalog, admin_user):
    qs = product_list(actor=admin_user)
    expected = JSONRenderer().render(serializers.ProductOutput(qs, many=True).data)
    fast = dumps([outputs.product_row(row) for row in qs.values(*outputs.PRODUCT_COLUMNS)])
    assert fast == expected
    assert b"\\u2028" in fast and b"\\u0001" in fast


def test_named_row_matches_the_serializer(catalog):
    qs = Department.objects.order_by("name", "id")
    expected = JSONRenderer().render(serializers.DepartmentOutput(qs, many=True).data)
    assert dumps([outputs.named_row(row) for row in qs.values(*outputs.NAMED_COLUMNS)]) == expected


def test_admin_sees_inactive_rows_the_public_does_not(api, admin_user, catalog):
    public = api().get("/api/products").json()
    admin = api(admin_user).get("/api/products").json()
    assert "odd" not in [row["slug"] for row in public["results"]]
    assert "odd" in [row["slug"] for row in admin["results"]]
    assert api().get("/api/products/odd").status_code == 404
    assert api(admin_user).get("/api/products/odd").status_code == 200


@pytest.mark.parametrize(("first", "second"), [(None, "admin_user"), ("admin_user", None)])
def test_a_cached_page_is_never_served_to_another_audience(api, request, catalog, first, second):
    def client(who):  # type: ignore[no-untyped-def]
        return api(request.getfixturevalue(who) if who else None)

    for path in ("/api/products", "/api/products/odd", "/api/spares"):
        before = client(first).get(path)
        after = client(second).get(path)
        assert after.content == client(second).get(path, **SERIALIZER_PATH).content
        assert (before.status_code, before.content) != (after.status_code, after.content)


@pytest.mark.parametrize(("who", "sees_price"), [(None, False), ("customer", False), ("advisor", True)])
def test_spare_prices_follow_the_role_through_the_cache(api, request, catalog, who, sees_price):
    api().get("/api/spares")  # an anonymous page is cached first
    client = api(request.getfixturevalue(who) if who else None)
    rows = client.get("/api/spares").json()["results"]
    assert rows and all(("price" in row) is sees_price for row in rows)


def test_pagination_links_keep_the_request_host(api, catalog):
    first = api().get("/api/products?page_size=1", HTTP_HOST="localhost").json()
    second = api().get("/api/products?page_size=1", HTTP_HOST="127.0.0.1").json()
    assert first["next"] == "http://localhost/api/products?page=2&page_size=1"
    assert second["next"] == "http://127.0.0.1/api/products?page=2&page_size=1"
    page2 = api().get("/api/products?page_size=1&page=2").json()
    assert page2["previous"] == "http://testserver/api/products?page_size=1"
