from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "storeops.notifications"
    label = "notifications"
