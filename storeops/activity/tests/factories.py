import datetime as dt

import factory
from django.utils import timezone

from storeops.activity.models import ActivityEvent


class EventFactory(factory.django.DjangoModelFactory):
    """An event as `record()` would write it; set any column directly (`occurred_at`, `actor`, `store`…)."""

    class Meta:
        model = ActivityEvent

    occurred_at = factory.LazyFunction(timezone.now)
    actor_label = "system"
    action = "catalog.brand.updated"
    entity_type = "brand"
    entity_id = factory.Sequence(str)
    entity_label = factory.Sequence(lambda n: f"Brand {n}")


def local(*args: int) -> dt.datetime:
    """An aware datetime in TIME_ZONE."""
    return timezone.make_aware(dt.datetime(*args))
