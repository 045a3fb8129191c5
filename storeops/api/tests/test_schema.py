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
