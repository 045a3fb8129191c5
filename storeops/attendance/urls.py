"""Routes under /api/attendance/. Admin routes (§13) come from `apis/admin.py`; add each feature's routes below."""

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
