"""JSON bodies are typed: a value of the wrong JSON type is refused, never coerced; form bodies still convert."""

import pytest

from storeops.catalog.models import Department, Product
from storeops.catalog.tests.factories import BrandFactory, SubcategoryFactory
from storeops.stores.models import Store


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"name": 0}, "name", "Not a valid string."),
        ({"name": 1.5}, "name", "Not a valid string."),
        ({"name": True}, "name", "Not a valid string."),
        ({"name": ["Phones"]}, "name", "Not a valid string."),
        ({"name": "Phones", "slug": 7}, "slug", "Not a valid string."),
    ],
)
def test_text_fields_take_only_strings(api, admin_user, unchanged, body, field, message):
    with unchanged(Department.objects.all()):
        response = api(admin_user).post("/api/departments", body, format="json")
    assert response.status_code == 400
    assert response.json() == {field: [message]}


@pytest.mark.parametrize("price", [0, 12, 12.5, True])
def test_decimals_are_sent_as_strings(api, admin_user, unchanged, price):
    data = {
        "name": "Cable",
        "brand": BrandFactory().pk,
        "subcategory": SubcategoryFactory().pk,
        "price": price,
    }
    with unchanged(Product.objects.all()):
        response = api(admin_user).post("/api/products", data, format="json")
    assert response.status_code == 400
    assert response.json() == {"price": ['A decimal is sent as a string, e.g. "12.50".']}


def test_decimal_string_is_accepted(api, admin_user):
    data = {
        "name": "Cable",
        "brand": BrandFactory().pk,
        "subcategory": SubcategoryFactory().pk,
        "price": "12.5",
    }
    response = api(admin_user).post("/api/products", data, format="json")
    assert response.status_code == 201
    assert response.json()["price"] == "12.50"


@pytest.mark.parametrize(("value", "field"), [(1, "is_active"), ("true", "is_active"), ("5", "branch_head")])
def test_booleans_and_ids_take_their_json_type(api, admin_user, store, unchanged, value, field):
    with unchanged(Store.objects.all()):
        response = api(admin_user).patch(f"/api/stores/{store.pk}", {field: value}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_form_bodies_still_convert_text(api, admin_user):
    response = api(admin_user).post(
        "/api/stores",
        "name=Form&code=frm&is_active=false&latitude=12.5&longitude=77.25",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["is_active"], body["latitude"], body["longitude"]) == (False, "12.500000", "77.250000")


def test_null_keeps_its_meaning(api, admin_user, store):
    response = api(admin_user).patch(f"/api/stores/{store.pk}", {"email": None}, format="json")
    assert response.status_code == 200
