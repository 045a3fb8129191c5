from django.conf import settings
from django.core.checks import Error, register


@register()
def captcha_configured(app_configs, **kwargs):  # type: ignore[no-untyped-def]
    """Public forms must never run unprotected by accident in production."""
    if settings.CAPTCHA_SECRET_KEY or settings.DEBUG or settings.CAPTCHA_DISABLED:
        return []
    return [
        Error(
            "CAPTCHA_SECRET_KEY is not set.",
            hint="Set CAPTCHA_SECRET_KEY, or CAPTCHA_DISABLED=true to run public forms without captcha.",
            id="storeops.E001",
        )
    ]
