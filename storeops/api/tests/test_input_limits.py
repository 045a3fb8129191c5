"""Input limits of every endpoint: JSON depth, NUL, body encoding, ids in filters and paths, the 500 body."""

from urllib.parse import quote

import pytest
from django.test import Client
from rest_framework.test import APIClient

from storeops.accounts.models import User
from storeops.accounts.tests.factories import PASSWORD
from storeops.api.inputs import MAX_JSON_DEPTH, json_depth_exceeds
from storeops.core.ids import MAX_ID, parse_id
from storeops.stores.models import Store

NUL_ERROR = ["Null characters are not allowed."]
ID_ERROR = [f"Enter a whole number from 1 to {MAX_ID}."]


def _client() -> APIClient:
    client = APIClient()
    client.raise_request_exception = False
    return client


# ----- ids ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", 1), (" 42 ", 42), ("007", 7), (str(MAX_ID), MAX_ID), (5, 5), (MAX_ID, MAX_ID),
        ("0", None), ("-1", None), (str(MAX_ID + 1), None), ("9" * 5000, None), (MAX_ID + 1, None),
        (0, None), (True, None), ("²", None), ("٣", None), ("１", None), ("1e3", None), ("", None),
        ("1.0", None), (1.0, None), (None, None), ("1\x00", None),
    ],
)  # fmt: skip
def test_parse_id_takes_ascii_digits_within_the_64_bit_range(value, expected):
    assert parse_id(value) == expected


# ----- JSON nesting depth ------------------------------------------------------------------------------


def test_json_nested_1000_levels_is_400_parse_error_before_authentication(db, unchanged):
    body = b'{"username": ' + b"[" * 1000 + b"]" * 1000 + b', "password": "x"}'
    with unchanged(User.objects.all()):
        response = _client().post("/api/auth/login", data=body, content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json() == {
        "detail": f"JSON parse error - nesting deeper than {MAX_JSON_DEPTH} levels.",
        "code": "parse_error",
    }


def test_json_at_the_depth_cap_is_parsed(db):
    nested = b"[" * (MAX_JSON_DEPTH - 1) + b"]" * (MAX_JSON_DEPTH - 1)
    response = _client().post(
        "/api/auth/login", data=b'{"username": ' + nested + b"}", content_type="application/json"
    )
    assert response.status_code == 400
    assert "username" in response.json()


@pytest.mark.parametrize(
    ("raw", "deep"),
    [
        (b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', False),
        (b'{"a": "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\""}', False),
        (b"[" * 33 + b"]" * 33, True),
        (b"[" * 32 + b"]" * 32, False),
        (b"[{" * 17, True),
        (b'"unterminated' + b"[" * 40, True),
    ],
)
def test_depth_check_ignores_brackets_inside_strings(raw, deep):
    assert json_depth_exceeds(raw) is deep


# ----- NUL in paths, query strings and bodies ---------------------------------------------------------


def test_nul_in_a_query_parameter_value_is_400_naming_it(api, admin_user):
    response = api(admin_user).get("/api/users?ordering=a%00b")
    assert response.status_code == 400
    assert response.json() == {"ordering": NUL_ERROR}
    assert response["X-Request-ID"]


def test_nul_in_a_query_parameter_name_is_400_naming_it(api, admin_user):
    response = api(admin_user).get("/api/stores?x%00y=1")
    assert response.status_code == 400
    assert response.json() == {"x\x00y": NUL_ERROR}


def test_nul_in_an_id_path_is_404(api, admin_user, store):
    response = api(admin_user).get(f"/api/stores/{store.pk}%00")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_nul_outside_the_api_is_refused_too(admin_user):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    assert client.get("/admin/accounts/user/1%00/change/").status_code == 404
    assert client.get("/admin/accounts/user/?q=a%00b").status_code == 400


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"username": "a\x00b", "password": "x"}, "username"),
        ({"username": "a", "password": "x", "extra": {"deep": ["\x00"]}}, "extra"),
        ({"username": "a", "password": "x", "k\x00": 1}, "k\x00"),
    ],
)
def test_nul_in_a_json_body_is_400_naming_the_field(db, unchanged, body, field):
    with unchanged(User.objects.all()):
        response = _client().post("/api/auth/login", body, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {field: NUL_ERROR}


def test_nul_in_a_json_array_body_is_400(db):
    response = _client().post("/api/auth/login", ["\x00"], format="json")
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": NUL_ERROR}


@pytest.mark.parametrize("fmt", ["multipart", "form"])
def test_nul_in_a_form_body_is_400_naming_the_field(api, admin_user, unchanged, fmt):
    client = api(admin_user)
    with unchanged(Store.objects.all()):
        if fmt == "form":
            response = client.post(
                "/api/stores", data="name=A%00B&code=ABC", content_type="application/x-www-form-urlencoded"
            )
        else:
            response = client.post("/api/stores", {"name": "A\x00B", "code": "ABC"}, format="multipart")
    assert response.status_code == 400, response.content
    assert response.json() == {"name": NUL_ERROR}


# ----- body encoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"username=%FF%FEbad&password=x", b"username=\xff\xfebad&password=x"])
def test_form_body_that_is_not_utf8_is_400(db, unchanged, body):
    with unchanged(User.objects.all()):
        response = _client().post(
            "/api/auth/register", data=body, content_type="application/x-www-form-urlencoded"
        )
    assert response.status_code == 400, response.content
    assert response.json() == {
        "detail": "Form parse error - the body is not valid utf-8.",
        "code": "parse_error",
    }


def _multipart(name: bytes, value: bytes) -> tuple[bytes, str]:
    boundary = "xyzBOUNDARYxyz"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="' + name + b'"\r\n\r\n'
        + value + b"\r\n"
        + f"--{boundary}--\r\n".encode()
    )  # fmt: skip
    return body, f"multipart/form-data; boundary={boundary}"


def test_multipart_text_field_that_is_not_utf8_is_400(db, unchanged):
    body, content_type = _multipart(b"username", b"\xff\xfebad")
    with unchanged(User.objects.all()):
        response = _client().post("/api/auth/register", data=body, content_type=content_type)
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "parse_error"


def test_utf8_text_in_form_and_multipart_bodies_is_kept_exactly(api, admin_user):
    client = api(admin_user)
    form = client.post(
        "/api/stores",
        data="name=" + quote("Café ₹ ٣") + "&code=UTF",
        content_type="application/x-www-form-urlencoded",
    )
    assert form.status_code == 201, form.content
    assert form.json()["name"] == "Café ₹ ٣"
    body, content_type = _multipart(b"name", "Ünïcode ✓".encode())
    body = body.replace(b"--\r\n", b"\r\n", 1)  # keep the body open for one more part
    body += b'Content-Disposition: form-data; name="code"\r\n\r\nMPU\r\n--xyzBOUNDARYxyz--\r\n'
    multipart = client.post("/api/stores", data=body, content_type=content_type)
    assert multipart.status_code == 201, multipart.content
    assert multipart.json()["name"] == "Ünïcode ✓"


def test_register_with_multipart_still_works(api):
    body = {"username": "mp", "email": "mp@example.com", "password": PASSWORD, "first_name": "Zoë"}
    response = api().post("/api/auth/register", body, format="multipart")
    assert response.status_code == 201, response.content
    assert User.objects.get(username="mp").first_name == "Zoë"


# ----- id filters and paths outside the catalog --------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["99999999999999999999999", str(MAX_ID + 1), "0", "-1", "1e5", "²", "٣", "NaN"]
)
def test_users_store_filter_that_is_no_id_is_400_naming_it(api, admin_user, value):
    response = _with_token(api(admin_user)).get(f"/api/users?store={quote(value)}")
    assert response.status_code == 400, response.content
    assert response.json() == {"store": ID_ERROR}


def test_users_store_filter_with_an_id_filters(api, admin_user, advisor, store):
    response = api(admin_user).get(f"/api/users?store={store.pk}")
    assert [row["username"] for row in response.json()["results"]] == ["advisor"]


@pytest.mark.parametrize("path", ["/api/users", "/api/stores", "/api/notifications"])
@pytest.mark.parametrize("value", ["99999999999999999999", str(MAX_ID + 1), "%D9%A3", "%C2%B2", "0"])
def test_id_path_that_names_no_row_is_404(api, admin_user, store, path, value):
    response = _with_token(api(admin_user)).get(f"{path}/{value}")
    assert response.status_code == 404, response.content
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_id_path_in_another_script_does_not_find_the_row(api, admin_user, store):
    assert api(admin_user).get(f"/api/stores/{quote(_other_script(store.pk))}").status_code == 404
    assert api(admin_user).get(f"/api/stores/{store.pk}").status_code == 200


def _other_script(number: int) -> str:
    return "".join(chr(0x0660 + int(d)) for d in str(number))  # Arabic-Indic digits: int() reads them


@pytest.mark.parametrize("value", ["other-script", int("9" * 30), "9" * 30, "²"])
def test_user_store_reference_that_is_no_id_is_400(api, admin_user, store, unchanged, value):
    value = _other_script(store.pk) if value == "other-script" else value
    body = {
        "username": "new",
        "email": "new@example.com",
        "password": PASSWORD,
        "role": "advisor",
        "store": value,
    }
    with unchanged(User.objects.all()):
        response = _with_token(api(admin_user)).post("/api/users", body, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {"store": ["Choose an active store."]}


@pytest.mark.parametrize("value", ["other-script", int("9" * 30), "0", "1.5"])
def test_store_branch_head_that_is_no_id_is_400(api, admin_user, branch_head, store, unchanged, value):
    value = _other_script(branch_head.pk) if value == "other-script" else value
    with unchanged(Store.objects.all()):
        response = _with_token(api(admin_user)).patch(
            f"/api/stores/{store.pk}", {"branch_head": value}, format="json"
        )
    assert response.status_code == 400, response.content
    assert response.json() == {"branch_head": ID_ERROR}


# ----- pagination --------------------------------------------------------------------------------------


def _stores(count: int) -> None:
    for n in range(count):
        Store.objects.create(name=f"S{n}", code=f"S{n}")


@pytest.mark.parametrize("value", ["٣", "３", "1e3", "9" * 5000])
def test_page_that_is_no_ascii_number_is_an_invalid_page(api, value):
    _stores(4)  # page 3 of size 1 exists: "٣" must not reach it
    response = _with_token(api()).get(f"/api/stores?page_size=1&page={quote(value)}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page.", "code": "not_found"}
    assert api().get("/api/stores?page_size=1&page=3").status_code == 200


def test_empty_page_is_the_first(api, store):
    response = api().get("/api/stores?page=")
    assert response.status_code == 200
    assert response.json()["count"] == 1


@pytest.mark.parametrize(("value", "size"), [("9" * 30, 100), ("9" * 5000, 100), ("3", 3)])
def test_large_page_size_is_capped(api, value, size):
    _stores(120)
    response = _with_token(api()).get(f"/api/stores?page_size={quote(value)}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == size


@pytest.mark.parametrize("value", ["٣", "３", "0"])
def test_page_size_outside_ascii_digits_is_refused(api, value):
    _stores(3)
    response = _with_token(api()).get(f"/api/stores?page_size={quote(value)}")
    assert response.status_code == 400
    assert list(response.json()) == ["page_size"]


# ----- unexpected errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_unexpected_error_is_json_500_with_the_request_id(db, test_routes, settings, method):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    response = getattr(client, method)("/api/_test/boom", HTTP_X_REQUEST_ID="trace-me-123")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {
        "detail": "Internal server error.",
        "code": "server_error",
        "request_id": "trace-me-123",
    }
    assert response["X-Request-ID"] == "trace-me-123"


def test_unexpected_error_in_a_plain_view_is_json_500_with_a_generated_request_id(db, test_routes, settings):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/api/_test/plain-boom")
    assert response.status_code == 500
    assert response.json()["code"] == "server_error"
    assert response.json()["request_id"] == response["X-Request-ID"]
    assert len(response["X-Request-ID"]) == 32


def _with_token(client: APIClient) -> APIClient:
    client.raise_request_exception = False
    return client
