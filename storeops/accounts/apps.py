from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "storeops.accounts"
    label = "accounts"
