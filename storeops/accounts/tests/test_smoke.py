def test_login_smoke(api, advisor):
    response = api().post("/api/auth/login", {"username": "advisor", "password": "Sturdy-pass-2024"})
    assert response.status_code == 200, response.content
    assert response.json()["role"] == "advisor"
