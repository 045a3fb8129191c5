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
# Attendance auto-close, daily at ATTENDANCE_AUTOCLOSE_TIME ("HH:MM", in TIME_ZONE like every beat entry).
_autoclose_hour, _autoclose_minute = env_str("ATTENDANCE_AUTOCLOSE_TIME", "02:30").split(":")
CELERY_BEAT_SCHEDULE["attendance.autoclose"] = {
    "task": "attendance.autoclose",
    "schedule": crontab(hour=int(_autoclose_hour), minute=int(_autoclose_minute)),
}
