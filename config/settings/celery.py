"""Celery: background work only when CELERY_BROKER_URL is set; otherwise work runs in-process after commit."""

from celery.schedules import crontab

from config.env import env_str

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = env_str("TIME_ZONE", "Asia/Kolkata")
CELERY_BEAT_SCHEDULE = {
    "notifications.deliver_due": {"task": "notifications.deliver_due", "schedule": 60.0},
    "api.prune_idempotency": {"task": "api.prune_idempotency", "schedule": crontab(minute=17)},
    "activity.prune": {"task": "activity.prune", "schedule": crontab(hour=3, minute=41)},
}
