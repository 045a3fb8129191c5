import pytest
from django.core.management import CommandError, call_command

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.catalog.models import Brand, Department, Product, Subcategory, Variant
from storeops.stores.models import Store


@pytest.fixture
def seeded(db):  # type: ignore[no-untyped-def]
    call_command("seed_scale", scale=0.01, password="bench-pass-123")


def test_seed_scale_counts_follow_the_scale(seeded):
    assert Store.objects.count() == 1
    assert Store.objects.filter(branch_head__role=Role.BRANCH_HEAD).count() == 1
    assert User.objects.filter(role=Role.ADVISOR).count() == 2
    assert User.objects.filter(role=Role.SYSTEM_ADMIN, username="bench.admin").count() == 1
    assert User.objects.filter(role=Role.CUSTOMER).count() == 1
    assert Department.objects.get().slug == "phones"
    assert Subcategory.objects.count() == 100
    assert Brand.objects.count() == 2
    assert Product.objects.count() == 200
    assert Variant.objects.count() == 200
    assert Product.objects.values("slug").distinct().count() == 200


def test_seed_scale_refuses_a_database_with_data(seeded):
    with pytest.raises(CommandError, match="needs an empty database"):
        call_command("seed_scale", scale=0.01)
    assert Product.objects.count() == 200


def test_seeded_rows_are_served_by_the_api(seeded, api):
    active = Product.objects.filter(is_active=True)
    listed = api().get("/api/products", {"page_size": 20, "department": "phones", "min_price": 100})
    assert listed.status_code == 200
    assert listed.json()["count"] == active.filter(price__gte=100).count()
    slug = active.order_by("id").first().slug
    assert api().get(f"/api/products/{slug}").json()["slug"] == slug
    login = api().post(
        "/api/auth/login", {"username": "bench.admin", "password": "bench-pass-123"}, format="json"
    )
    assert login.status_code == 200
    me = api().get("/api/auth/me", HTTP_AUTHORIZATION=f"Bearer {login.data['access']}")
    assert me.json()["username"] == "bench.admin"
