from django.apps import AppConfig


class AttendanceConfig(AppConfig):
    name = "storeops.attendance"
    label = "attendance"
