import json

from django.http import HttpRequest, HttpResponse
from django.urls import path

# A page of 20 items shaped like a product list page, encoded once at import.
PAYLOAD = json.dumps(
    {
        "count": 20,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": n,
                "name": f"Nova X{n} 128GB",
                "slug": f"nova-x{n}-128gb-{n}",
                "price": f"{1000 + n * 37}.00",
                "is_active": True,
                "brand": {"id": 1, "name": "Nova", "slug": "nova"},
                "variant_count": 1,
                "date_created": "2026-01-01T00:00:00Z",
            }
            for n in range(1, 21)
        ],
    }
).encode()


def floor(request: HttpRequest) -> HttpResponse:
    return HttpResponse(PAYLOAD, content_type="application/json")


urlpatterns = [path("floor", floor)]
