"""REST framework, JWT, throttles and the OpenAPI schema."""

from datetime import timedelta

from config.env import env_int, env_str

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["storeops.accounts.authentication.JWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["storeops.accounts.permissions.RolePermission"],
    "DEFAULT_PARSER_CLASSES": [
        "storeops.api.inputs.JSONParser",
        "storeops.api.inputs.MultiPartParser",
        "storeops.api.inputs.FormParser",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "storeops.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "storeops.api.filters.WhitelistOrderingFilter",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["storeops.api.throttles.ScopedThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "login": env_str("THROTTLE_LOGIN", "5/min"),
        "register": env_str("THROTTLE_REGISTER", "10/hour"),
        "booking": env_str("THROTTLE_BOOKING", "5/hour"),
        "contact": env_str("THROTTLE_CONTACT", "5/hour"),
        "schedule_call": env_str("THROTTLE_SCHEDULE_CALL", "5/hour"),
        "responses": env_str("THROTTLE_RESPONSES", "30/hour"),
        "booking_lookup": env_str("THROTTLE_BOOKING_LOOKUP", "20/hour"),
    },
    "EXCEPTION_HANDLER": "storeops.api.exceptions.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "storeops.api.schema.AutoSchema",
    "DATETIME_FORMAT": "iso-8601",
    "COERCE_DECIMAL_TO_STRING": True,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

JWT_ACCESS_TOKEN_MINUTES = env_int("JWT_ACCESS_TOKEN_MINUTES", 15)
JWT_REFRESH_TOKEN_DAYS = env_int("JWT_REFRESH_TOKEN_DAYS", 7)

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=JWT_ACCESS_TOKEN_MINUTES),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=JWT_REFRESH_TOKEN_DAYS),
    "ALGORITHM": "HS256",
    # Filled from SECRET_KEY in config.settings.base when JWT_SIGNING_KEY is unset.
    "SIGNING_KEY": env_str("JWT_SIGNING_KEY") or None,
    "AUTH_HEADER_TYPES": ("Bearer",),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
    "TOKEN_TYPE_CLAIM": "token_type",
    "JTI_CLAIM": "jti",
    "UPDATE_LAST_LOGIN": False,
    "ROTATE_REFRESH_TOKENS": False,
    "BLACKLIST_AFTER_ROTATION": False,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "StoreOps API",
    "DESCRIPTION": (
        "Accounts and JWT sign-in, the store directory with branch heads, the product catalog and per-store "
        "inventory, repair bookings, advisor attendance (rosters, selfie check-in, approvals, reports), marketing "
        "leads, the notification outbox and an audit trail of every change."
    ),
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "SerialStatusEnum": "storeops.inventory.models.SerialStatus",
        "LeadStatusEnum": "storeops.marketing.models.LeadStatus",
        "BookingStatusEnum": "storeops.bookings.models.BookingStatus",
        "AttendanceStatusEnum": "storeops.attendance.rules.AttendanceStatus",
        "AttendanceRequestStatusEnum": "storeops.attendance.models.RequestStatus",
    },
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums"],
    "PREPROCESSING_HOOKS": ["storeops.api.schema.drop_slash_duplicates"],
}
