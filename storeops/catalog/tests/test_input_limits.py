"""Client input that cannot name a row answers 4xx naming the parameter, never 500, and writes nothing."""

from urllib.parse import quote

import pytest

from storeops.catalog.models import Brand, Product, Spare, Variant
from storeops.catalog.tests.factories import SpareFactory, VariantFactory
from storeops.core.ids import MAX_ID

TOO_BIG = str(MAX_ID + 1)
HUGE = "9" * 30
ID_ERROR = f"Enter a whole number from 1 to {MAX_ID}."


def _no_server_error(client):  # type: ignore[no-untyped-def]
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("path", ["/api/spares", "/api/products", "/api/variants"])
@pytest.mark.parametrize("value", [HUGE, TOO_BIG, "0", "9" * 5000])
def test_reference_filter_with_an_id_out_of_range_is_400_naming_it(api, admin_user, shop, path, value):
    response = _no_server_error(api(admin_user)).get(f"{path}?brand={value}")
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["brand"]
    assert ID_ERROR in response.json()["brand"][0]


@pytest.mark.parametrize(
    "param", ["department", "category", "subcategory", "unit", "brand"], ids=lambda p: f"products-{p}"
)
def test_every_product_reference_filter_checks_ids(api, shop, param):
    response = _no_server_error(api()).get(f"/api/products?{param}={HUGE}")
    assert response.status_code == 400, response.content
    assert list(response.json()) == [param]


@pytest.mark.parametrize("param", ["product", "variant", "quality"])
def test_every_spare_reference_filter_checks_ids(api, shop, param):
    response = _no_server_error(api()).get(f"/api/spares?{param}=1,{HUGE}")
    assert response.status_code == 400, response.content
    assert list(response.json()) == [param]


@pytest.mark.parametrize("value", ["²", "٣", "１"])
def test_unicode_digits_in_a_reference_filter_are_a_slug_that_matches_nothing(api, shop, value):
    # "٣" is int() 3 but not an id: with ASCII digits only it is looked up as a slug and names nothing.
    response = _no_server_error(api()).get(f"/api/products?brand={quote(value)}")
    assert response.status_code == 200, response.content
    assert response.json()["count"] == 0


def test_valid_ids_and_slugs_still_filter(api, shop):
    response = api().get(f"/api/products?brand={shop['apple'].pk},samsung")
    assert response.json()["count"] == 2


@pytest.mark.parametrize("value", ["²", "٣", HUGE, TOO_BIG, "0", "-1"])
def test_reference_in_a_body_that_is_no_id_is_400_naming_the_field(api, admin_user, shop, unchanged, value):
    body = {"name": "New", "brand": value, "subcategory": "android", "price": "1"}
    with unchanged(Product.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/products", body)
    assert response.status_code == 400, response.content
    assert response.json() == {"brand": [f'No brand with id or slug "{value}".']}


def test_reference_given_as_a_json_number_beyond_64_bits_is_400(api, admin_user, shop, unchanged):
    body = {"name": "New", "sku": "N1", "price": "1", "compatible_products": [int(HUGE)]}
    with unchanged(Spare.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/spares", body)
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["compatible_products"]


def test_reference_given_as_ascii_digits_resolves(api, admin_user, shop):
    body = {"name": "New", "brand": str(shop["apple"].pk), "subcategory": "android", "price": "1"}
    response = api(admin_user).post("/api/products", body)
    assert response.status_code == 201, response.content
    assert response.json()["brand"] == shop["apple"].pk


@pytest.mark.parametrize("path", ["/api/brands", "/api/spares"])
@pytest.mark.parametrize("value", ["99999999999999999999", TOO_BIG, "0", "%D9%A3", "%C2%B2"])
def test_path_id_that_names_no_row_is_404(api, admin_user, shop, path, value):
    SpareFactory()
    response = _no_server_error(api(admin_user)).get(f"{path}/{value}")
    assert response.status_code == 404, response.content
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_path_id_in_another_script_does_not_find_the_row(api, admin_user, shop):
    # "٣" would be int() 3 if a route let it through.
    digits = "".join(chr(0x0660 + int(d)) for d in str(shop["apple"].pk))
    response = api(admin_user).get(f"/api/brands/{quote(digits)}")
    assert response.status_code == 404
    assert api(admin_user).get(f"/api/brands/{shop['apple'].pk}").status_code == 200


@pytest.mark.parametrize("param", ["min_price", "max_price"])
@pytest.mark.parametrize("value", ["1e-999999", "1e999999", "NaN", "Infinity", "-Infinity", "1e49"])
def test_price_filter_that_is_no_sane_amount_is_400_naming_it(api, admin_user, shop, param, value):
    for path in ["/api/products", "/api/variants", "/api/spares"]:
        response = _no_server_error(api(admin_user)).get(f"{path}?{param}={value}")
        assert response.status_code == 400, (path, response.content)
        assert list(response.json()) == [param]


def test_price_filter_with_ordinary_amount_still_filters(api, shop):
    assert api().get("/api/products?min_price=7.5").json()["count"] == 1


@pytest.mark.parametrize("value", ["9" * 5000, "1" + "0" * 40, "1.5e999", "٣"])
def test_attribute_filter_with_a_number_no_json_value_can_equal_matches_nothing(api, shop, value):
    VariantFactory(product=shop["phone"], attributes={"ram_gb": 3})
    response = _no_server_error(api()).get(f"/api/variants?attribute.ram_gb={quote(value)}")
    assert response.status_code == 200, response.content
    assert response.json()["count"] == 0


@pytest.mark.parametrize("path", ["products", "departments", "categories", "subcategories", "variants"])
def test_nul_in_a_slug_path_is_404(api, admin_user, shop, unchanged, path):
    client = _no_server_error(api(admin_user))
    with unchanged(Product.objects.all()):
        for method in ("get", "patch", "delete"):
            response = getattr(client, method)(f"/api/{path}/ab%00c")
            assert response.status_code == 404, (method, response.content)
            assert response.json() == {"detail": "Not found.", "code": "not_found"}


@pytest.mark.parametrize("query", ["attribute.color=a%00b", "attribute.co%00lor=black"])
def test_nul_in_an_attribute_filter_is_400_naming_the_parameter(api, shop, query):
    response = _no_server_error(api()).get(f"/api/variants?{query}")
    assert response.status_code == 400, response.content
    name = query.split("=")[0].replace("%00", "\x00")
    assert response.json() == {name: ["Null characters are not allowed."]}


@pytest.mark.parametrize(
    ("attributes", "field"),
    [
        ({"color": "bl\x00ack"}, "attributes"),
        ({"co\x00lor": "black"}, "attributes"),
        ({"specs": {"ports": ["usb", {"k\x00": 1}]}}, "attributes"),
    ],
)
def test_nul_inside_variant_attributes_is_400_naming_the_field(
    api, admin_user, shop, unchanged, attributes, field
):
    body = {"product": "phone", "name": "Black", "price": "1", "attributes": attributes}
    with unchanged(Variant.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/variants", body, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {field: ["Null characters are not allowed."]}


def test_nul_in_a_slug_reference_is_400_naming_the_field(api, admin_user, shop, unchanged):
    body = {"name": "New", "brand": "app\x00le", "subcategory": "android", "price": "1"}
    with unchanged(Product.objects.all(), Brand.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/products", body, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {"brand": ["Null characters are not allowed."]}


# The same requests on PostgreSQL, where NUL in text used to reach the database and fail with DataError.


@pytest.mark.postgres
@pytest.mark.parametrize(
    "path",
    [
        "/api/products/ab%00c",
        "/api/departments/ab%00c",
        "/api/categories/ab%00c",
        "/api/subcategories/ab%00c",
        "/api/variants/ab%00c",
    ],
)
def test_postgres_nul_in_a_slug_path_is_404(api, shop, path):
    response = _no_server_error(api()).get(path)
    assert response.status_code == 404, response.content


@pytest.mark.postgres
@pytest.mark.parametrize("query", ["attribute.color=a%00b", "attribute.co%00lor=1", "brand=app%00le"])
def test_postgres_nul_in_a_filter_is_400(api, shop, query):
    path = "/api/products" if query.startswith("brand") else "/api/variants"
    response = _no_server_error(api()).get(f"{path}?{query}")
    assert response.status_code == 400, response.content


@pytest.mark.postgres
@pytest.mark.parametrize(
    "attributes", [{"color": "bl\x00ack"}, {"co\x00lor": "black"}, {"a": [{"b": "c\x00"}]}]
)
def test_postgres_nul_in_variant_attributes_is_400(api, admin_user, shop, unchanged, attributes):
    body = {"product": "phone", "name": "Black", "price": "1", "attributes": attributes}
    with unchanged(Variant.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/variants", body, format="json")
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["attributes"]


@pytest.mark.postgres
@pytest.mark.parametrize("value", ["1e-999999", "-1e-999999"])
def test_postgres_tiny_price_filter_is_400(api, admin_user, shop, value):
    response = _no_server_error(api(admin_user)).get(f"/api/products?min_price={value}")
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["min_price"]


@pytest.mark.postgres
def test_postgres_superscript_reference_is_400_naming_the_field(api, admin_user, shop, unchanged):
    body = {"name": "New", "brand": "²", "subcategory": "android", "price": "1"}
    with unchanged(Product.objects.all()):
        response = _no_server_error(api(admin_user)).post("/api/products", body)
    assert response.status_code == 400, response.content
    assert list(response.json()) == ["brand"]
