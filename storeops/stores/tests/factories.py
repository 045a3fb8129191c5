import factory

from storeops.stores.models import Geofence, Store


class StoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Store

    name = factory.Sequence(lambda n: f"Store {n}")
    code = factory.Sequence(lambda n: f"ST-{n:03d}")
    address = "1 Main Road"
    timezone = "Asia/Kolkata"
    latitude = "12.971600"
    longitude = "77.594600"


class GeofenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Geofence

    store = factory.SubFactory(StoreFactory)
    latitude = "12.971600"
    longitude = "77.594600"
    radius_m = 200
