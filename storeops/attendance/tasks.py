from celery import shared_task

from storeops.attendance.services.autoclose import attendance_autoclose


@shared_task(name="attendance.autoclose")
def autoclose() -> int:
    """The nightly run at ATTENDANCE_AUTOCLOSE_TIME (TIME_ZONE); returns the number of rows written."""
    return sum(result.finalized + result.absents for result in attendance_autoclose())
