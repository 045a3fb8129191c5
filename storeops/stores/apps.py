from django.apps import AppConfig


class StoresConfig(AppConfig):
    name = "storeops.stores"
    label = "stores"
