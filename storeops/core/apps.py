from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "storeops.core"
    label = "core"
