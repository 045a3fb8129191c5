from django.apps import AppConfig


class ActivityConfig(AppConfig):
    name = "storeops.activity"
    label = "activity"
