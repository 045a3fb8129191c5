from storeops.activity.models import ActivityEvent
from storeops.catalog.demo import seed_catalog
from storeops.catalog.models import Product, Spare, Variant


def test_seed_catalog_is_idempotent(db):
    first = seed_catalog()
    assert first["brands"][0] >= 4
    assert first["products"] == (Product.objects.count(), 0)
    assert first["variants"] == (Variant.objects.count(), 0)
    assert first["spares"][0] == Spare.objects.count() > 0
    assert Variant.objects.filter(attributes__has_key="storage").exists()
    assert Spare.objects.filter(compatible_products__isnull=False).exists()
    events = ActivityEvent.objects.count()
    second = seed_catalog()
    assert all(created == 0 for created, _ in second.values())
    assert {kind: existing for kind, (_, existing) in second.items()} == {
        kind: created for kind, (created, _) in first.items()
    }
    assert ActivityEvent.objects.count() == events
