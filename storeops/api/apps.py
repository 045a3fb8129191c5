from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "storeops.api"
    label = "api"

    def ready(self) -> None:
        from storeops.api import checks, strict  # noqa: F401  (checks registers system checks)
        from storeops.api.schema import register_extensions

        register_extensions()
        strict.install()
