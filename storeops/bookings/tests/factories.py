import datetime as dt

import factory

from storeops.bookings.models import Booking, Issue, OtherIssue, Question
from storeops.bookings.services import new_reference


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue

    name = factory.Sequence(lambda n: f"Issue {n}")


class OtherIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OtherIssue

    name = factory.Sequence(lambda n: f"Other issue {n}")
    estimated_price = "499.00"


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    question_set_name = "INTAKE_DEFAULT"
    question = factory.Sequence(lambda n: f"Question {n}?")
    position = factory.Sequence(lambda n: n)


class BookingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Booking

    reference = factory.LazyFunction(new_reference)
    name = factory.Sequence(lambda n: f"Customer {n}")
    email = factory.Sequence(lambda n: f"guest{n}@example.com")
    date = dt.date(2026, 3, 5)
    time = dt.time(14, 30)
