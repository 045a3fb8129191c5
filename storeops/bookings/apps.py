from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "storeops.bookings"
    label = "bookings"
