from django.apps import AppConfig


class MarketingConfig(AppConfig):
    name = "storeops.marketing"
    label = "marketing"
