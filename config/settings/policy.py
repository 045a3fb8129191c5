"""Business policy knobs that operators may tune per deployment."""

from config.env import env_int, env_list, env_str

EMAIL_VERIFICATION_MAX_AGE_HOURS = env_int("EMAIL_VERIFICATION_MAX_AGE_HOURS", 48)
IDEMPOTENCY_TTL_HOURS = env_int("IDEMPOTENCY_TTL_HOURS", 24)
# Longer than any request may run (the server's request timeout): a claim still running after it is reclaimable.
IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS = env_int("IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS", 60)
ACTIVITY_RETENTION_DAYS = env_int("ACTIVITY_RETENTION_DAYS", 0)

NOTIFICATION_MAX_ATTEMPTS = env_int("NOTIFICATION_MAX_ATTEMPTS", 6)
BOOKING_NOTIFICATION_CHANNELS = env_list("BOOKING_NOTIFICATION_CHANNELS", ["email", "sms"])
LEAD_NOTIFICATION_CHANNELS = env_list("LEAD_NOTIFICATION_CHANNELS", ["email"])
EMAIL_VERIFICATION_URL = env_str("EMAIL_VERIFICATION_URL", "http://127.0.0.1:8000/verify-email?token={token}")
ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M = env_int("ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M", 200)
BOOKING_MAX_RESPONSES = env_int("BOOKING_MAX_RESPONSES", 100)
