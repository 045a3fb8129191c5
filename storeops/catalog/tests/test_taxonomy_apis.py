import pytest

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Category, Department, Quality, Subcategory, Unit
from storeops.catalog.tests.factories import (
    CategoryFactory,
    DepartmentFactory,
    ProductFactory,
    QualityFactory,
    SpareFactory,
    SubcategoryFactory,
    UnitFactory,
)

PUBLIC_LISTS = ["departments", "categories", "subcategories", "products", "variants", "brands", "spares"]
ALL_LISTS = [*PUBLIC_LISTS, "units", "qualities"]


@pytest.mark.parametrize("path", PUBLIC_LISTS)
@pytest.mark.parametrize("slash", ["", "/"])
def test_anonymous_reads_public_lists(api, path, slash):
    response = api().get(f"/api/{path}{slash}")
    assert response.status_code == 200, response.content
    assert set(response.json()) == {"count", "next", "previous", "results"}


@pytest.mark.parametrize("path", ["units", "qualities"])
def test_units_and_qualities_need_authentication(api, customer, path):
    assert api().get(f"/api/{path}").status_code == 401
    assert api(customer).get(f"/api/{path}").status_code == 200


def test_unit_detail_needs_authentication(api, customer):
    unit = UnitFactory(name="Piece", slug="piece")
    assert api().get("/api/units/piece").status_code == 401
    response = api(customer).get("/api/units/piece")
    assert response.status_code == 200
    assert response.json() == {
        "id": unit.pk,
        "name": "Piece",
        "slug": "piece",
        "date_created": response.json()["date_created"],
        "date_modified": response.json()["date_modified"],
    }


WRITES = [
    ("post", "/api/departments", {"name": "X"}),
    ("post", "/api/units", {"name": "X"}),
    ("post", "/api/qualities", {"name": "X"}),
    ("post", "/api/brands", {"name": "X"}),
    ("post", "/api/products", {"name": "X", "brand": 1, "subcategory": 1, "price": "1"}),
    ("post", "/api/variants", {"name": "X", "product": 1, "price": "1"}),
    ("post", "/api/spares", {"name": "X", "sku": "X", "price": "1"}),
    ("patch", "/api/departments/existing", {"name": "Y"}),
    ("put", "/api/departments/existing", {"name": "Y"}),
    ("delete", "/api/departments/existing", None),
    ("patch", "/api/categories/existing-cat", {"name": "Y"}),
    ("delete", "/api/units/existing-unit", None),
    ("delete", "/api/qualities/existing-quality", None),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
@pytest.mark.parametrize(
    ("who", "expected"), [("anonymous", 401), ("customer", 403), ("advisor", 403), ("branch_head", 403)]
)
def test_writes_refused_for_everyone_but_admin(api, request, unchanged, method, path, body, who, expected):
    department = DepartmentFactory(slug="existing")
    CategoryFactory(slug="existing-cat", department=department)
    UnitFactory(slug="existing-unit")
    QualityFactory(slug="existing-quality")
    client = api() if who == "anonymous" else api(request.getfixturevalue(who))
    with unchanged(
        Department.objects.all(), Category.objects.all(), Unit.objects.all(), Quality.objects.all()
    ):
        response = getattr(client, method)(path, body)
    assert response.status_code == expected, response.content


def test_department_create_returns_exact_keys_and_audit(api, admin_user):
    response = api(admin_user).post("/api/departments", {"name": "  Phones  "})
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "name", "slug", "date_created", "date_modified"}
    assert body["name"] == "Phones"
    assert body["slug"] == "phones"
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.department.created"
    assert event.entity_type == "department"
    assert event.entity_id == str(body["id"])
    assert event.changes["name"] == "Phones"
    assert event.changes["slug"] == "phones"
    assert event.actor == admin_user


def test_department_name_unique_ignoring_case(api, admin_user, unchanged):
    assert api(admin_user).post("/api/departments", {"name": "Phones"}).status_code == 201
    with unchanged(Department.objects.all()):
        response = api(admin_user).post("/api/departments", {"name": "phones"})
    assert response.status_code == 400
    assert response.json() == {"name": ["A department with this name already exists."]}


def test_blank_name_is_400(api, admin_user):
    response = api(admin_user).post("/api/departments", {"name": "   "})
    assert response.status_code == 400
    assert response.json() == {"name": ["This field may not be blank."]}


def test_category_requires_department(api, admin_user):
    response = api(admin_user).post("/api/categories", {"name": "Cases"})
    assert response.status_code == 400
    assert list(response.json()) == ["department"]
    assert not Category.objects.exists()


def test_same_category_name_in_two_departments_but_not_twice_in_one(api, admin_user):
    phones = DepartmentFactory(name="Phones", slug="phones")
    DepartmentFactory(name="Tablets", slug="tablets")
    client = api(admin_user)
    first = client.post("/api/categories", {"name": "Cases", "department": "phones"})
    second = client.post("/api/categories", {"name": "Cases", "department": "tablets"})
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["slug"] == "cases"
    assert second.json()["slug"] == "cases-2"
    assert first.json()["department"] == phones.pk
    assert first.json()["department_slug"] == "phones"
    assert first.json()["department_name"] == "Phones"
    duplicate = client.post("/api/categories", {"name": "CASES", "department": phones.pk})
    assert duplicate.status_code == 400
    assert duplicate.json() == {"name": ["A category with this name already exists in this department."]}
    assert Category.objects.count() == 2


def test_category_unknown_department_is_400(api, admin_user):
    response = api(admin_user).post("/api/categories", {"name": "Cases", "department": "nope"})
    assert response.status_code == 400
    assert list(response.json()) == ["department"]


def test_subcategory_duplicate_within_category(api, admin_user):
    category = CategoryFactory(slug="cases")
    client = api(admin_user)
    created = client.post("/api/subcategories", {"name": "Leather", "category": "cases"})
    assert created.status_code == 201
    body = created.json()
    assert body["category"] == category.pk
    assert body["department"] == category.department_id
    assert body["department_slug"] == category.department.slug
    assert body["department_name"] == category.department.name
    again = client.post("/api/subcategories", {"name": "leather", "category": category.pk})
    assert again.status_code == 400
    assert again.json() == {"name": ["A subcategory with this name already exists in this category."]}


def test_patch_with_different_slug_is_400_and_nothing_saved(api, admin_user, unchanged):
    DepartmentFactory(name="Phones", slug="phones")
    with unchanged(Department.objects.all()):
        response = api(admin_user).patch("/api/departments/phones", {"name": "Mobiles", "slug": "mobiles"})
    assert response.status_code == 400
    assert response.json() == {"slug": ["Slug cannot be changed."]}


def test_patch_with_same_slug_and_new_name_keeps_slug(api, admin_user):
    department = DepartmentFactory(name="Phones", slug="phones")
    response = api(admin_user).patch("/api/departments/phones/", {"name": "Mobiles", "slug": "phones"})
    assert response.status_code == 200, response.content
    assert response.json()["slug"] == "phones"
    assert response.json()["name"] == "Mobiles"
    department.refresh_from_db()
    assert (department.name, department.slug) == ("Mobiles", "phones")
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.department.updated"
    assert event.changes == {"name": ["Phones", "Mobiles"]}


def test_put_renames_without_changing_slug(api, admin_user):
    DepartmentFactory(name="Phones", slug="phones")
    response = api(admin_user).put("/api/departments/phones", {"name": "Mobiles"})
    assert response.status_code == 200
    assert response.json()["slug"] == "phones"


def test_noop_update_writes_no_event(api, admin_user):
    DepartmentFactory(name="Phones", slug="phones")
    response = api(admin_user).patch("/api/departments/phones", {"name": "Phones"})
    assert response.status_code == 200
    assert not ActivityEvent.objects.exists()


def test_client_chosen_slug_validated(api, admin_user):
    client = api(admin_user)
    assert client.post("/api/departments", {"name": "A", "slug": "Bad Slug"}).status_code == 400
    assert client.post("/api/departments", {"name": "B", "slug": "2024"}).json() == {
        "slug": [
            "Enter a valid slug: lower-case letters, digits and single hyphens, with at least one letter."
        ]
    }
    assert client.post("/api/departments", {"name": "C", "slug": "a" * 101}).status_code == 400
    ok = client.post("/api/departments", {"name": "D", "slug": "my-dept-2"})
    assert ok.status_code == 201
    assert ok.json()["slug"] == "my-dept-2"
    taken = client.post("/api/departments", {"name": "E", "slug": "my-dept-2"})
    assert taken.status_code == 400
    assert list(taken.json()) == ["slug"]
    assert Department.objects.count() == 1


def test_departments_search_and_ordering(api):
    DepartmentFactory(name="Phones", slug="phones")
    DepartmentFactory(name="Accessories", slug="accessories")
    names = [row["name"] for row in api().get("/api/departments").json()["results"]]
    assert names == ["Accessories", "Phones"]
    found = api().get("/api/departments?search=PHO").json()["results"]
    assert [row["slug"] for row in found] == ["phones"]
    assert api().get("/api/departments?search=zzz").json()["count"] == 0
    newest = api().get("/api/departments?ordering=-date_created").json()["results"]
    assert [row["name"] for row in newest] == ["Accessories", "Phones"]


def test_categories_filter_by_department(api):
    phones = DepartmentFactory(slug="phones")
    other = DepartmentFactory(slug="tablets")
    mine = CategoryFactory(department=phones)
    CategoryFactory(department=other)
    for value in ["phones", str(phones.pk), f"{phones.pk},nope"]:
        rows = api().get(f"/api/categories?department={value}").json()["results"]
        assert [row["id"] for row in rows] == [mine.pk]
    assert api().get("/api/categories?department=nope").json()["count"] == 0
    assert api().get("/api/categories?search=" + mine.name).json()["count"] == 1


def test_subcategories_filter_by_category_and_department(api):
    mine = SubcategoryFactory()
    SubcategoryFactory()
    by_category = api().get(f"/api/subcategories?category={mine.category.slug}").json()["results"]
    assert [row["id"] for row in by_category] == [mine.pk]
    by_department = api().get(f"/api/subcategories?department={mine.category.department_id}").json()
    assert [row["id"] for row in by_department["results"]] == [mine.pk]
    assert api().get("/api/subcategories?department=unknown").json()["count"] == 0
    assert api().get("/api/subcategories?category=unknown").json()["count"] == 0
    assert api().get(f"/api/subcategories?search={mine.name}").json()["count"] == 1


@pytest.mark.parametrize("path", ["units", "qualities"])
def test_units_and_qualities_search(api, customer, path):
    factory = UnitFactory if path == "units" else QualityFactory
    factory(name="Piece")
    factory(name="Pair")
    rows = api(customer).get(f"/api/{path}?search=iec").json()["results"]
    assert [row["name"] for row in rows] == ["Piece"]
    assert api(customer).get(f"/api/{path}?search=zzz").json()["count"] == 0


def test_delete_department_with_categories_is_409_and_nothing_deleted(api, admin_user, unchanged):
    department = DepartmentFactory(slug="phones")
    CategoryFactory.create_batch(2, department=department)
    with unchanged(Department.objects.all(), Category.objects.all()):
        response = api(admin_user).delete("/api/departments/phones")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "This department is still referenced; deactivate it instead.",
        "code": "protected",
        "references": {"categories": 2},
    }


def test_delete_category_and_subcategory_refused_while_used(api, admin_user, unchanged):
    subcategory = SubcategoryFactory()
    ProductFactory(subcategory=subcategory)
    with unchanged(Category.objects.all(), Subcategory.objects.all()):
        category = api(admin_user).delete(f"/api/categories/{subcategory.category.slug}")
        sub = api(admin_user).delete(f"/api/subcategories/{subcategory.slug}")
    assert category.json()["references"] == {"subcategories": 1}
    assert sub.status_code == 409
    assert sub.json()["references"] == {"products": 1}


def test_delete_unit_and_quality_refused_while_used(api, admin_user, unchanged):
    unit = UnitFactory()
    quality = QualityFactory()
    ProductFactory(unit=unit)
    SpareFactory(unit=unit, quality=quality)
    with unchanged(Unit.objects.all(), Quality.objects.all()):
        unit_response = api(admin_user).delete(f"/api/units/{unit.slug}")
        quality_response = api(admin_user).delete(f"/api/qualities/{quality.slug}")
    assert unit_response.status_code == 409
    assert unit_response.json()["references"] == {"products": 1, "spares": 1}
    assert quality_response.json()["references"] == {"spares": 1}


def test_delete_unreferenced_department_is_204_with_event(api, admin_user):
    department = DepartmentFactory(name="Phones", slug="phones")
    response = api(admin_user).delete("/api/departments/phones")
    assert response.status_code == 204
    assert not Department.objects.exists()
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.department.deleted"
    assert event.entity_id == str(department.pk)
    assert event.changes["name"] == "Phones"


def test_unknown_slug_is_404(api):
    response = api().get("/api/departments/nope")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
