"""Cached catalog reads: every write path discards them, ETags answer 304, SQL does not grow with the page."""

import os
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from storeops.api import fastpath
from storeops.catalog import services
from storeops.catalog.tests.factories import ProductFactory
from storeops.catalog.tests.test_admin import product_form
from storeops.core import cache as versioned

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def price_of(client, slug="phone"):  # type: ignore[no-untyped-def]
    listed = {row["slug"]: row["price"] for row in client.get("/api/products").json()["results"]}
    detail = client.get(f"/api/products/{slug}").json()["price"]
    assert listed[slug] == detail
    return detail


def test_api_write_makes_the_next_read_fresh(api, admin_user, shop):
    assert price_of(api()) == "10.00"
    response = api(admin_user).patch("/api/products/phone", {"price": "12.00"})
    assert response.status_code == 200
    assert price_of(api()) == "12.00"


def test_admin_site_write_makes_the_next_read_fresh(api, admin_user, shop):
    assert price_of(api()) == "10.00"
    site = Client()
    site.force_login(admin_user)
    phone = shop["phone"]
    form = product_form(phone.brand, phone.subcategory, name="Phone", price="15.00", unit="")
    response = site.post(f"/admin/catalog/product/{phone.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert price_of(api()) == "15.00"


def test_service_write_makes_the_next_read_fresh(api, admin_user, shop):
    assert price_of(api()) == "10.00"
    services.product_update(product=shop["phone"], data={"price": "11.00"}, actor=admin_user)
    assert price_of(api()) == "11.00"
    services.brand_update(brand=shop["apple"], data={"name": "Apple Inc"}, actor=admin_user)
    assert api().get("/api/products/phone").json()["brand_name"] == "Apple Inc"


def test_a_write_raises_the_generation_at_once_and_again_on_commit(
    shop, admin_user, django_capture_on_commit_callbacks
):
    before = versioned.generation("catalog")
    with django_capture_on_commit_callbacks(execute=True):
        services.department_update(department=shop["phones"], data={"name": "Mobiles"}, actor=admin_user)
        assert versioned.generation("catalog") == before + 1
    assert versioned.generation("catalog") == before + 2


def test_refused_write_keeps_the_cache(api, admin_user, shop):
    api().get("/api/products")
    before = versioned.generation("catalog")
    response = api(admin_user).delete(f"/api/brands/{shop['apple'].pk}")
    assert response.status_code == 409
    assert versioned.generation("catalog") == before


def test_etag_answers_304_until_the_catalog_changes(api, admin_user, shop):
    first = api().get("/api/products")
    etag = first["ETag"]
    assert etag.startswith('"') and first["Cache-Control"] == "public, no-cache"
    assert "Authorization" in first["Vary"]
    same = api().get("/api/products", HTTP_IF_NONE_MATCH=etag)
    assert same.status_code == 304 and same.content == b"" and same["ETag"] == etag
    assert api().get("/api/products", HTTP_IF_NONE_MATCH=f'"x", W/{etag}').status_code == 304
    assert api().get("/api/products", HTTP_IF_NONE_MATCH='"other"').status_code == 200
    services.product_update(product=shop["phone"], data={"price": "13.00"}, actor=admin_user)
    changed = api().get("/api/products", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_authenticated_answers_are_private(api, customer, shop):
    response = api(customer).get("/api/products/phone")
    assert response["Cache-Control"] == "private, no-cache"
    assert api(customer).get("/api/products/phone", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_errors_are_not_cached(api, shop):
    assert api().get("/api/products?min_price=abc").status_code == 400
    assert api().get("/api/products?page=9").status_code == 404
    assert api().get("/api/products/nope").status_code == 404


@pytest.mark.parametrize(
    "path", ["products", "products?department=phones&min_price=1&ordering=-date_created"]
)
@pytest.mark.parametrize("who", [None, "admin_user"])
def test_uncached_pages_issue_the_same_sql_for_every_page_size(
    api, request, shop, django_assert_num_queries, path, who
):
    for _ in range(30):
        ProductFactory(subcategory=shop["android"], brand=shop["apple"], price="50.00")
    client = api(request.getfixturevalue(who) if who else None)
    separator = "&" if "?" in path else "?"
    counts = []
    for size in (1, 20, 100):
        caches["default"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/api/{path}{separator}page_size={size}")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2], counts
    with django_assert_num_queries(0 if who is None else 1):  # a cached page; a token costs its user lookup
        client.get(f"/api/{path}{separator}page_size=100")


def test_a_count_is_reused_by_the_next_pages(api, shop, django_assert_num_queries):
    api().get("/api/products?page_size=1")
    with django_assert_num_queries(1):  # the page only
        api().get("/api/products?page_size=1&page=2")


# ----- two processes sharing Redis -----------------------------------------------------------------------


def _redis() -> RedisCache:
    return RedisCache(REDIS_TEST_URL, {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}})


@pytest.fixture
def two_processes(monkeypatch):  # type: ignore[no-untyped-def]
    """Two cache clients on one Redis database, as two app processes have; `use(n)` switches between them."""
    first, second = _redis(), _redis()
    try:
        first.clear()
    except Exception as exc:  # any connection problem means: no Redis here
        pytest.skip(f"Redis not reachable: {exc}")

    def use(client: RedisCache) -> None:
        registry = {versioned.ALIAS: client}
        monkeypatch.setattr(versioned, "caches", registry)
        monkeypatch.setattr(fastpath, "caches", registry)

    yield SimpleNamespace(first=lambda: use(first), second=lambda: use(second))
    first.clear()


@pytest.mark.redis
def test_a_write_in_one_process_is_seen_by_a_read_in_another(api, admin_user, shop, two_processes):
    two_processes.first()
    assert price_of(api()) == "10.00"
    assert price_of(api()) == "10.00"  # served from Redis
    two_processes.second()
    assert price_of(api()) == "10.00"  # the other process reads the same entry
    services.product_update(product=shop["phone"], data={"price": "14.00"}, actor=admin_user)
    two_processes.first()
    assert price_of(api()) == "14.00"
    response = api(admin_user).patch("/api/products/phone", {"price": "16.00"})
    assert response.status_code == 200
    two_processes.second()
    assert price_of(api()) == "16.00"


# ----- anonymous reads answered before routing -----------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/products?page_size=1", "/api/products/phone/", "/api/brands"])
def test_an_anonymous_read_from_the_front_equals_the_view_answer(api, shop, path, monkeypatch):
    from storeops.api import fastpath as fp

    first = api().get(path)
    served = []
    original = fp.conditional_answer
    monkeypatch.setattr(fp, "conditional_answer", lambda *a: served.append(a) or original(*a))
    second = api().get(path)
    assert served, "not answered"
    assert second.content == first.content and second.status_code == 200
    skip = {"X-Request-ID"}
    assert {k: v for k, v in second.items() if k not in skip} == {
        k: v for k, v in first.items() if k not in skip
    }
    assert second.wsgi_request.resolver_match is None  # answered before routing


def test_the_front_never_answers_a_token_another_rendering_or_a_changed_catalog(api, admin_user, shop):
    api().get("/api/products")
    assert api(admin_user).get("/api/products").wsgi_request.resolver_match is not None
    assert api().get("/api/products", HTTP_ACCEPT="text/html").status_code == 406
    services.product_update(product=shop["phone"], data={"price": "17.00"}, actor=admin_user)
    fresh = api().get("/api/products")
    assert fresh.wsgi_request.resolver_match is not None
    assert "17.00" in fresh.content.decode()


def test_reads_that_need_a_login_are_never_answered_anonymously(api, customer, shop):
    assert api(customer).get("/api/units").status_code == 200
    assert api().get("/api/units").status_code == 401
    assert api().get("/api/units").status_code == 401
