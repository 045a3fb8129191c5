"""Pagination and ordering conventions, exercised on the public store list."""

from types import SimpleNamespace

import pytest

from storeops.api.filters import WhitelistOrderingFilter
from storeops.stores.models import Store

KEYS = {"count", "next", "previous", "results"}


def _stores(n: int, name=None):  # type: ignore[no-untyped-def]
    Store.objects.bulk_create(
        Store(name=name or f"Store {i:03d}", code=f"S{i:03d}", address="1 Main Road", timezone="Asia/Kolkata")
        for i in range(n)
    )
    return list(Store.objects.order_by("name", "id").values_list("id", flat=True))


def test_default_page_size_is_20(api):
    ids = _stores(25)
    body = api().get("/api/stores").json()
    assert set(body) == KEYS
    assert body["count"] == 25
    assert [row["id"] for row in body["results"]] == ids[:20]
    assert body["previous"] is None
    assert body["next"].endswith("/api/stores?page=2")


def test_page_and_page_size(api):
    ids = _stores(25)
    body = api().get("/api/stores", {"page": 2, "page_size": 10}).json()
    assert [row["id"] for row in body["results"]] == ids[10:20]
    assert "page=3" in body["next"]
    assert "page_size=10" in body["next"]
    assert body["previous"] is not None
    last = api().get("/api/stores", {"page": 3, "page_size": 10}).json()
    assert [row["id"] for row in last["results"]] == ids[20:]
    assert last["next"] is None


def test_page_size_is_capped_at_100(api):
    ids = _stores(105)
    body = api().get("/api/stores", {"page_size": 500}).json()
    assert body["count"] == 105
    assert [row["id"] for row in body["results"]] == ids[:100]
    assert "page=2" in body["next"]


@pytest.mark.parametrize("page", [2, 99])
def test_page_past_the_end_is_404(api, page):
    _stores(3)
    response = api().get("/api/stores", {"page": page})
    assert response.status_code == 404
    assert response.json()["detail"] == "Invalid page."


def test_empty_list_first_page_is_200(api):
    body = api().get("/api/stores").json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


def test_ordering_over_whitelisted_field(api):
    _stores(5)
    body = api().get("/api/stores", {"ordering": "-code"}).json()
    assert [row["code"] for row in body["results"]] == ["S004", "S003", "S002", "S001", "S000"]


@pytest.mark.parametrize(
    "ordering", ["address", "-address", "password", "branch_head__password", "nope,-zzz"]
)
def test_unknown_ordering_field_is_ignored(api, ordering):
    Store.objects.bulk_create(
        Store(name=name, code=code, address=address, timezone="Asia/Kolkata")
        for name, code, address in [("B", "C1", "a"), ("A", "C2", "c"), ("C", "C3", "b")]
    )
    response = api().get("/api/stores", {"ordering": ordering})
    assert response.status_code == 200
    assert [row["name"] for row in response.json()["results"]] == ["A", "B", "C"]


def test_unknown_field_dropped_but_valid_one_kept(api):
    _stores(3)
    body = api().get("/api/stores", {"ordering": "address,-code"}).json()
    assert [row["code"] for row in body["results"]] == ["S002", "S001", "S000"]


@pytest.mark.parametrize(("ordering", "reverse"), [("name", False), ("-name", True)])
def test_id_breaks_ties_in_the_same_direction(api, ordering, reverse):
    ids = _stores(6, name="Same")
    body = api().get("/api/stores", {"ordering": ordering}).json()
    assert [row["id"] for row in body["results"]] == sorted(ids, reverse=reverse)


def test_ordering_filter_appends_id_and_expands_map():
    view = SimpleNamespace(
        ordering_fields=["name", "date", "id"], ordering_map={"when": ["date", "time"]}, ordering=None
    )
    filt = WhitelistOrderingFilter()

    def ordering(param):  # type: ignore[no-untyped-def]
        request = SimpleNamespace(query_params={"ordering": param})
        return filt.get_ordering(request, Store.objects.none(), view)

    assert ordering("name") == ["name", "id"]
    assert ordering("-name") == ["-name", "-id"]
    assert ordering("-when") == ["-date", "-time", "-id"]
    assert ordering("name,-id") == ["name", "-id"]
    assert ordering("secret") is None


def test_unordered_queryset_is_refused():
    from storeops.api.pagination import PageNumberPagination

    with pytest.raises(RuntimeError, match="unordered"):
        PageNumberPagination().paginate_queryset(
            Store.objects.order_by(), SimpleNamespace(query_params={}), None
        )


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "²", "١", " 1", "+1", "last"])
def test_page_that_is_not_a_positive_ascii_integer_is_an_invalid_page(api, page):
    _stores(3)
    response = api().get("/api/stores", {"page": page})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page.", "code": "not_found"}


def test_huge_page_number_is_an_invalid_page(api):
    _stores(3)
    response = api().get("/api/stores", {"page": "9" * 40})
    assert response.status_code == 404


@pytest.mark.parametrize("size", ["0", "-5", "ten", "2.5", "²", "٣"])
def test_page_size_that_is_not_a_positive_integer_is_400(api, size):
    _stores(3)
    response = api().get("/api/stores", {"page_size": size})
    assert response.status_code == 400
    assert response.json() == {"page_size": ["A positive integer is required."]}


def test_huge_page_size_is_capped(api):
    ids = _stores(101)
    body = api().get("/api/stores", {"page_size": "9" * 40}).json()
    assert [row["id"] for row in body["results"]] == ids[:100]


def test_empty_page_and_page_size_mean_the_defaults(api):
    ids = _stores(25)
    body = api().get("/api/stores?page=&page_size=").json()
    assert [row["id"] for row in body["results"]] == ids[:20]
