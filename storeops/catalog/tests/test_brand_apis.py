import re

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Brand
from storeops.catalog.tests.conftest import image_bytes
from storeops.catalog.tests.factories import BrandFactory, ProductFactory, SpareFactory

LOGO_URL = re.compile(r"^http://testserver/media/brands/[0-9a-f]{32}\.(png|jpg|webp)$")


def upload(name: str, content: bytes, content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_brand_create_with_png_named_jpg(api, admin_user):
    response = api(admin_user).post(
        "/api/brands", {"name": "Apple", "logo": upload("logo.jpg", image_bytes("PNG"))}, format="multipart"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "name", "slug", "logo", "is_active", "date_created", "date_modified"}
    assert body["is_active"] is True
    assert LOGO_URL.match(body["logo"]), body["logo"]
    assert body["logo"].endswith(".png")
    brand = Brand.objects.get()
    assert default_storage.exists(brand.logo.name)
    assert ActivityEvent.objects.get().action == "catalog.brand.created"


def test_brand_logo_webp_and_jpeg_accepted(api, admin_user):
    for index, fmt in enumerate(["WEBP", "JPEG"]):
        response = api(admin_user).post(
            "/api/brands",
            {"name": f"B{index}", "logo": upload("x.bin", image_bytes(fmt))},
            format="multipart",
        )
        assert response.status_code == 201, response.content
        assert response.json()["logo"].endswith(".webp" if fmt == "WEBP" else ".jpg")


def test_text_file_named_png_is_400(api, admin_user, unchanged):
    with unchanged(Brand.objects.all()):
        response = api(admin_user).post(
            "/api/brands",
            {"name": "Apple", "logo": upload("logo.png", b"just some text", "image/png")},
            format="multipart",
        )
    assert response.status_code == 400
    assert list(response.json()) == ["logo"]


def test_gif_is_refused(api, admin_user):
    response = api(admin_user).post(
        "/api/brands", {"name": "Apple", "logo": upload("logo.gif", image_bytes("GIF"))}, format="multipart"
    )
    assert response.status_code == 400
    assert list(response.json()) == ["logo"]


def test_three_megabyte_image_is_413(api, admin_user, unchanged):
    content = image_bytes("PNG", size=(1100, 1000), noise=True)
    assert len(content) > 3 * 1024 * 1024
    with unchanged(Brand.objects.all()):
        response = api(admin_user).post(
            "/api/brands", {"name": "Apple", "logo": upload("logo.png", content)}, format="multipart"
        )
    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"


def test_oversized_dimensions_are_400(api, admin_user):
    response = api(admin_user).post(
        "/api/brands",
        {"name": "Apple", "logo": upload("l.png", image_bytes("PNG", size=(4097, 10)))},
        format="multipart",
    )
    assert response.status_code == 400
    assert response.json() == {"logo": ["The image must be at most 4096×4096 pixels."]}


def test_logo_null_or_empty_removes_it(api, admin_user):
    created = api(admin_user).post(
        "/api/brands", {"name": "Apple", "logo": upload("l.png", image_bytes())}, format="multipart"
    )
    brand = Brand.objects.get()
    old_name = brand.logo.name
    response = api(admin_user).patch(f"/api/brands/{created.json()['id']}", {"logo": None})
    assert response.status_code == 200
    assert response.json()["logo"] is None
    brand.refresh_from_db()
    assert not brand.logo
    event = ActivityEvent.objects.filter(action="catalog.brand.updated").get()
    assert event.changes == {"logo": [old_name, None]}
    again = api(admin_user).patch(f"/api/brands/{brand.pk}", {"logo": ""}, format="multipart")
    assert again.status_code == 200
    assert ActivityEvent.objects.filter(action="catalog.brand.updated").count() == 1


def test_logo_replacement(api, admin_user):
    brand = BrandFactory()
    response = api(admin_user).patch(
        f"/api/brands/{brand.pk}", {"logo": upload("l.png", image_bytes())}, format="multipart"
    )
    assert response.status_code == 200
    assert LOGO_URL.match(response.json()["logo"])


def test_brand_name_unique_ignoring_case(api, admin_user):
    BrandFactory(name="Apple")
    response = api(admin_user).post("/api/brands", {"name": "APPLE"})
    assert response.status_code == 400
    assert response.json() == {"name": ["A brand with this name already exists."]}


def test_brand_lookup_is_by_id(api):
    brand = BrandFactory(slug="apple")
    assert api().get(f"/api/brands/{brand.pk}").json()["slug"] == "apple"
    assert api().get("/api/brands/apple").status_code == 404


def test_brand_filters_and_visibility(api, admin_user, customer):
    apple = BrandFactory(name="Apple")
    hidden = BrandFactory(name="Nokia", is_active=False)
    assert [r["id"] for r in api().get("/api/brands?search=app").json()["results"]] == [apple.pk]
    assert api().get("/api/brands?search=zzz").json()["count"] == 0
    assert [r["id"] for r in api(customer).get("/api/brands?is_active=false").json()["results"]] == [apple.pk]
    assert api().get(f"/api/brands/{hidden.pk}").status_code == 404
    assert [r["id"] for r in api(admin_user).get("/api/brands?is_active=false").json()["results"]] == [
        hidden.pk
    ]
    ordered = api(admin_user).get("/api/brands?ordering=-name").json()["results"]
    assert [r["id"] for r in ordered] == [hidden.pk, apple.pk]
    newest = api(admin_user).get("/api/brands?ordering=-date_created").json()["results"]
    assert [r["id"] for r in newest] == [hidden.pk, apple.pk]


def test_delete_brand_with_products_is_409(api, admin_user, unchanged):
    brand = BrandFactory()
    ProductFactory.create_batch(2, brand=brand)
    SpareFactory(brand=brand)
    with unchanged(Brand.objects.all()):
        response = api(admin_user).delete(f"/api/brands/{brand.pk}")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "This brand is still referenced; deactivate it instead.",
        "code": "protected",
        "references": {"products": 2, "spares": 1},
    }


def test_delete_unreferenced_brand(api, admin_user):
    brand = BrandFactory()
    assert api(admin_user).delete(f"/api/brands/{brand.pk}/").status_code == 204
    assert not Brand.objects.exists()
    assert ActivityEvent.objects.get().action == "catalog.brand.deleted"
