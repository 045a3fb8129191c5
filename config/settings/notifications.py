"""Notification delivery: SMS gateway and the outbox's retry policy (the e-mail transport is in email.py)."""

from config.env import env_int, env_list, env_str

# Without a gateway URL no SMS rows are written at all.
SMS_GATEWAY_URL = env_str("SMS_GATEWAY_URL")
SMS_GATEWAY_TOKEN = env_str("SMS_GATEWAY_TOKEN")
SMS_GATEWAY_TIMEOUT = env_int("SMS_GATEWAY_TIMEOUT", 5)

# Minutes to wait after the 1st, 2nd, … failed attempt; the last value repeats if attempts outnumber it.
NOTIFICATION_RETRY_MINUTES = [
    int(v) for v in env_list("NOTIFICATION_RETRY_MINUTES", ["1", "5", "15", "60", "240"])
]
# A row left in `sending` longer than this (a worker died mid-send) is picked up again.
NOTIFICATION_SENDING_TIMEOUT_MINUTES = env_int("NOTIFICATION_SENDING_TIMEOUT_MINUTES", 15)
NOTIFICATION_BATCH_SIZE = env_int("NOTIFICATION_BATCH_SIZE", 100)
