import datetime as dt

import factory
from django.utils import timezone

from storeops.marketing.models import CallRequest, ContactRequest


class ContactRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactRequest

    name = factory.Sequence(lambda n: f"Visitor {n}")
    mobile_no = factory.Sequence(lambda n: f"98{n:08d}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.com")
    message = "Do you repair tablets?"


class CallRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CallRequest

    name = factory.Sequence(lambda n: f"Caller {n}")
    mobile_no = factory.Sequence(lambda n: f"97{n:08d}")
    date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=1))
    time = dt.time(10, 0)
    message = ""
