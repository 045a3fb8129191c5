"""The OpenAPI schema validates without warnings and documents each route once."""

import yaml
from django.core.management import call_command


def test_schema_validates_without_warnings(db, tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    paths = schema["paths"]
    assert "/api/auth/login" in paths
    assert "post" in paths["/api/auth/login"]
    assert [path for path in paths if path.rstrip("/") == "/api/auth/login"] == ["/api/auth/login"]
    assert [path for path in paths if path.endswith("/") or "?" in path] == []
    assert {"/api/stores", "/api/stores/{id}", "/api/users", "/api/auth/me"} <= set(paths)
    for path in ("/api/schema", "/api/docs", "/api/redoc"):
        assert path not in paths
    for path, operations in paths.items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            assert operation.get("responses"), f"{method.upper()} {path} has no typed responses"


def _schema(tmp_path):  # type: ignore[no-untyped-def]
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(target))
    return yaml.safe_load(target.read_text())


def test_security_follows_the_declared_permissions(db, tmp_path):
    paths = _schema(tmp_path)["paths"]
    # Public reads: a token is optional.
    assert paths["/api/products"]["get"]["security"] == [{"jwtAuth": []}, {}]
    assert paths["/api/stores/{id}"]["get"]["security"] == [{"jwtAuth": []}, {}]
    # Views that read no token at all have no security requirement.
    assert "security" not in paths["/api/auth/login"]["post"]
    assert "security" not in paths["/api/token/refresh"]["post"]
    # Everything else needs a token.
    assert paths["/api/products"]["post"]["security"] == [{"jwtAuth": []}]
    assert paths["/api/auth/me"]["get"]["security"] == [{"jwtAuth": []}]


def test_error_statuses_follow_what_the_view_declares(db, tmp_path):
    paths = _schema(tmp_path)["paths"]
    statuses = {
        (method, path): set(operation["responses"])
        for path, operations in paths.items()
        for method, operation in operations.items()
    }
    assert statuses[("get", "/api/products")] == {"200", "400", "401", "404"}
    assert statuses[("post", "/api/products")] == {"201", "400", "401", "403", "409", "413", "415", "422"}
    assert statuses[("delete", "/api/products/{slug}")] == {"204", "400", "401", "403", "404", "409", "413"}
    assert {"401", "429", "503"} <= statuses[("post", "/api/auth/login")]
    assert "403" not in statuses[("post", "/api/auth/login")]
    assert "403" not in statuses[("get", "/api/auth/me")]
    error = paths["/api/products/{slug}"]["get"]["responses"]["404"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}


def test_writes_document_the_idempotency_key_and_lists_type_their_paging(db, tmp_path):
    paths = _schema(tmp_path)["paths"]
    headers = [p["name"] for p in paths["/api/stores"]["post"]["parameters"] if p["in"] == "header"]
    assert headers == ["Idempotency-Key"]
    assert not [p for p in paths["/api/stores"]["get"]["parameters"] if p["in"] == "header"]
    query = {p["name"]: p for p in paths["/api/stores"]["get"]["parameters"]}
    assert query["page"]["schema"] == {"type": "integer", "minimum": 1}
    assert query["page_size"]["schema"] == {"type": "integer", "minimum": 1}
    assert query["is_active"]["schema"] == {"type": "boolean"}
    assert all(p["allowEmptyValue"] for p in query.values())


def test_request_text_fields_refuse_nul_and_blank_in_the_schema(db, tmp_path):
    import re

    schemas = _schema(tmp_path)["components"]["schemas"]
    name = schemas["DepartmentWriteInputRequest"]["properties"]["name"]["pattern"]
    assert re.search(name, "Phones")
    assert not re.search(name, " \u001c\u0085 ")
    assert not re.search(name, "Pho\u0000nes")
    login = schemas["LoginInputRequest"]
    assert login["anyOf"] == [{"required": ["username"]}, {"required": ["email"]}]
    assert "pattern" not in schemas["DepartmentOutput"]["properties"]["name"]


def test_catalog_write_inputs_carry_the_slug_format_and_nul_free_references(db, tmp_path):
    import re

    schemas = _schema(tmp_path)["components"]["schemas"]
    formats = schemas["DepartmentWriteInputRequest"]["properties"]["slug"]["oneOf"]
    assert formats[1] == {"type": "string", "maxLength": 0}  # blank: made from the name
    slug = formats[0]["pattern"]
    assert re.search(slug, "phones-2")
    assert not re.search(slug, "Phones") and not re.search(slug, "a--b") and not re.search(slug, "-a")
    brand = schemas["ProductWriteInputRequest"]["properties"]["brand"]["oneOf"]
    assert brand[0] == {"type": "integer"}
    assert not re.search(brand[1]["pattern"], "app\u0000le")


def test_form_bodies_allow_optional_fields_empty(db, tmp_path, api, customer):
    schema = _schema(tmp_path)
    body = schema["paths"]["/api/auth/me"]["patch"]["requestBody"]["content"]
    assert body["application/json"]["schema"]["$ref"].endswith("/PatchedProfileUpdateInputRequest")
    form = body["application/x-www-form-urlencoded"]["schema"]["$ref"].split("/")[-1]
    email = schema["components"]["schemas"][form]["properties"]["email"]["anyOf"]
    assert email[1]["maxLength"] == 0
    # What the schema promises: an empty optional field in a form body is accepted and changes nothing.
    before = customer.email
    response = api(customer).patch("/api/auth/me", "email=", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    customer.refresh_from_db()
    assert customer.email == before
