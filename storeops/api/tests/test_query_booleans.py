"""Boolean query filters take `true` or `false` only; anything else is a 400 naming the parameter."""

import pytest

from storeops.catalog.tests.factories import BrandFactory


@pytest.mark.parametrize("url", ["/api/stores", "/api/users", "/api/brands", "/api/products", "/api/spares"])
@pytest.mark.parametrize("value", ["null", "-58800", "yes", "2", "ｔrue"])
def test_unreadable_boolean_is_refused(api, admin_user, url, value):
    response = api(admin_user).get(url, {"is_active": value})
    assert response.status_code == 400
    assert response.json() == {"is_active": ["Enter true or false."]}


@pytest.mark.parametrize(
    ("value", "expected"), [("true", ["Live"]), ("FALSE", ["Gone"]), ("", ["Gone", "Live"])]
)
def test_boolean_values_and_empty(api, admin_user, value, expected):
    BrandFactory(name="Live", is_active=True)
    BrandFactory(name="Gone", is_active=False)
    body = api(admin_user).get("/api/brands", {"is_active": value, "ordering": "name"}).json()
    assert [row["name"] for row in body["results"]] == expected
