"""Check-in with a 4000 × 3000 JPEG selfie: the cost of the photo pipeline and of the whole request.

    .venv/bin/python bench/attendance_checkin.py              # 20 check-ins, SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/storeops_bench_punch .venv/bin/python \
        bench/attendance_checkin.py --requests 40              # on PostgreSQL (the database is created)

Each request is a real multipart `POST /api/attendance/check-in` through Django's test client (middleware,
JWT, idempotency, parsing, the pipeline, the durable transaction, the private file write), by a different
advisor, with the clock frozen inside the shift's check-in window. Prints the photo size, then median and p90
wall time and process CPU per request for the pipeline alone and for the whole request.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def selfie(width: int = 4000, height: int = 3000) -> bytes:
    """A phone-like JPEG: smooth gradients with fine noise, about 2–4 MB at quality 90, with EXIF."""
    from PIL import Image

    base = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((width, height)),
            Image.radial_gradient("L").resize((width, height)),
            Image.linear_gradient("L").rotate(90).resize((width, height)),
        ],
    )
    noise = Image.effect_noise((width, height), 24).convert("RGB")
    picture = Image.blend(base, noise, 0.18)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _summary(name: str, walls: list[float], cpus: list[float]) -> str:
    return (
        f"{name}: wall median {statistics.median(walls) * 1000:.0f} ms, p90 {_percentile(walls, 0.9) * 1000:.0f} ms;"
        f" CPU median {statistics.median(cpus) * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="storeops-bench-punch-")
    os.environ["DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    settings.STORAGES["private"]["OPTIONS"]["location"] = str(Path(data_dir) / "private")
    setup_test_environment()
    from django.db import connection

    if connection.vendor == "postgresql":
        from django.test.utils import get_runner

        runner = get_runner(settings)(verbosity=0, interactive=False)
        old = runner.setup_databases()
    else:
        call_command("migrate", verbosity=0)
        old = None
    try:
        run(args.requests)
    finally:
        if old is not None:
            runner.teardown_databases(old)


def run(count: int) -> None:
    import datetime as dt

    import time_machine
    from django.core.files.uploadedfile import SimpleUploadedFile
    from rest_framework.test import APIClient

    from storeops.accounts.roles import Role
    from storeops.accounts.services.tokens import token_pair_issue
    from storeops.accounts.tests.factories import UserFactory
    from storeops.attendance.photos import clean_photo
    from storeops.attendance.tests.factories import ScheduleFactory, ShiftFactory
    from storeops.stores.models import Geofence
    from storeops.stores.tests.factories import StoreFactory

    photo = selfie()
    print(f"photo: 4000 × 3000 JPEG, {len(photo) / 1024 / 1024:.2f} MiB")
    walls, cpus = [], []
    for _ in range(max(5, count // 2)):
        started, cpu = time.perf_counter(), time.process_time()
        clean_photo(SimpleUploadedFile("selfie.jpg", photo))
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    print(_summary("pipeline alone (decode, orient, scale, re-encode)", walls, cpus))

    store = StoreFactory(name="Bench", code="BENCH")
    Geofence.objects.create(store=store, latitude=0, longitude=0, radius_m=500)
    shift = ShiftFactory(name="Bench day", start_time=dt.time(9), end_time=dt.time(18))
    moment = dt.datetime(2025, 8, 12, 3, 35, tzinfo=dt.UTC)  # 09:05 in Kolkata
    walls, cpus = [], []
    with time_machine.travel(moment, tick=False):
        for n in range(count):
            advisor = UserFactory(username=f"bench.advisor{n}", role=Role.ADVISOR, store=store)
            ScheduleFactory(user=advisor, default_shift=shift)
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_pair_issue(user=advisor).access}")
            body = {"latitude": "0", "longitude": "0", "photo": SimpleUploadedFile("selfie.jpg", photo)}
            started, cpu = time.perf_counter(), time.process_time()
            response = client.post("/api/attendance/check-in", body, format="multipart")
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            assert response.status_code == 201, response.content
    print(_summary(f"whole check-in request ({count} requests)", walls, cpus))


if __name__ == "__main__":
    main()
