"""The admin site shows attendance rows and requests but never changes them (the services own every write)."""

import pytest

from storeops.attendance.tests.punching import no_show


@pytest.fixture
def site(client, admin_user):  # type: ignore[no-untyped-def]
    admin_user.is_superuser = True
    admin_user.is_staff = True
    admin_user.save(update_fields=["is_superuser", "is_staff"])
    client.force_login(admin_user)
    return client


def test_attendance_pages_are_view_only(site, advisor, day_shift):
    row = no_show(advisor, day_shift, check_in_photo="attendance/2025/08/" + "a" * 32 + ".jpg")
    listing = site.get("/admin/attendance/attendance/")
    assert listing.status_code == 200
    detail = site.get(f"/admin/attendance/attendance/{row.pk}/change/")
    assert detail.status_code == 200
    assert b"a" * 32 not in detail.content  # private photo names are not shown
    assert site.get("/admin/attendance/attendance/add/").status_code == 403
    assert site.post(f"/admin/attendance/attendance/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert site.get("/admin/attendance/attendancerequest/").status_code == 200
