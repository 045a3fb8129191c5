"""Every audit action name, in one place. Dotted `<module>.<entity>.<verb>`, past tense."""

LOGIN_SUCCEEDED = "auth.login.succeeded"
LOGIN_FAILED = "auth.login.failed"
LOGOUT = "auth.logout"
TOKEN_REUSE_DETECTED = "auth.token.reuse_detected"

USER_CREATED = "accounts.user.created"
USER_REGISTERED = "accounts.user.registered"
USER_UPDATED = "accounts.user.updated"
USER_DEACTIVATED = "accounts.user.deactivated"
USER_PASSWORD_CHANGED = "accounts.user.password_changed"
USER_EMAIL_VERIFIED = "accounts.user.email_verified"

STORE_CREATED = "stores.store.created"
STORE_UPDATED = "stores.store.updated"
STORE_DEACTIVATED = "stores.store.deactivated"
STORE_BRANCH_HEAD_ASSIGNED = "stores.store.branch_head_assigned"
STORE_BRANCH_HEAD_REMOVED = "stores.store.branch_head_removed"
GEOFENCE_CREATED = "stores.geofence.created"
GEOFENCE_UPDATED = "stores.geofence.updated"

INVENTORY_CONFIG_UPDATED = "inventory.config.updated"
STOCK_ENTRY_CREATED = "inventory.stock_entry.created"
STOCK_ENTRY_UPDATED = "inventory.stock_entry.updated"
STOCK_ENTRY_DELETED = "inventory.stock_entry.deleted"
SERIAL_UPDATED = "inventory.serial.updated"

BOOKING_CREATED = "bookings.booking.created"
BOOKING_UPDATED = "bookings.booking.updated"
BOOKING_ASSIGNED = "bookings.booking.assigned"
RESPONSE_CREATED = "bookings.response.created"

NOTIFICATION_RETRIED = "notifications.notification.retried"

CONTACT_CREATED = "marketing.contact.created"
CONTACT_STATUS_CHANGED = "marketing.contact.status_changed"
CONTACT_NOTED = "marketing.contact.noted"
CALL_REQUEST_CREATED = "marketing.call_request.created"
CALL_REQUEST_STATUS_CHANGED = "marketing.call_request.status_changed"
CALL_REQUEST_NOTED = "marketing.call_request.noted"

LOG_EXPORTED = "activity.log.exported"
LOG_PRUNED = "activity.log.pruned"


def catalog(model: str, verb: str) -> str:
    """`catalog.<model>.<verb>` for the catalog's many models (verb: created, updated, deleted)."""
    return f"catalog.{model}.{verb}"


# 05 attendance: rosters admin (spec 05 §13)
SHIFT_CREATED = "attendance.shift.created"
SHIFT_UPDATED = "attendance.shift.updated"
SHIFT_DEACTIVATED = "attendance.shift.deactivated"
SCHEDULE_CREATED = "attendance.schedule.created"
SCHEDULE_UPDATED = "attendance.schedule.updated"
SCHEDULE_DEACTIVATED = "attendance.schedule.deactivated"
WEEKOFF_CREATED = "attendance.weekoff.created"
WEEKOFF_UPDATED = "attendance.weekoff.updated"
WEEKOFF_DEACTIVATED = "attendance.weekoff.deactivated"
EXCEPTION_CREATED = "attendance.exception.created"
EXCEPTION_UPDATED = "attendance.exception.updated"
EXCEPTION_DELETED = "attendance.exception.deleted"
ATTENDANCE_GEOFENCE_CREATED = "attendance.geofence.created"
ATTENDANCE_GEOFENCE_UPDATED = "attendance.geofence.updated"
ATTENDANCE_GEOFENCE_DEACTIVATED = "attendance.geofence.deactivated"
PAYROLL_CREATED = "attendance.payroll.created"
PAYROLL_UPDATED = "attendance.payroll.updated"
PAYROLL_DELETED = "attendance.payroll.deleted"


def booking_status(status: str) -> str:
    """`bookings.booking.<status>`: the transition of a booking to `status` (approved, cancelled…)."""
    return f"bookings.booking.{status}"


def bookings(model: str, verb: str) -> str:
    """`bookings.<model>.<verb>` for the repair taxonomies (issue, other_issue, question)."""
    return f"bookings.{model}.{verb}"


# 05 attendance: punches, requests and reports
ATTENDANCE_CHECKED_IN = "attendance.attendance.checked_in"
ATTENDANCE_CHECKED_OUT = "attendance.attendance.checked_out"
ATTENDANCE_UPDATED = "attendance.attendance.updated"
ATTENDANCE_AUTO_CLOSED = "attendance.attendance.auto_closed"
ATTENDANCE_MARKED_ABSENT = "attendance.attendance.marked_absent"
ATTENDANCE_REQUEST_CREATED = "attendance.request.created"
ATTENDANCE_REQUEST_APPROVED = "attendance.request.approved"
ATTENDANCE_REQUEST_REJECTED = "attendance.request.rejected"
ATTENDANCE_REPORT_EXPORTED = "attendance.report.exported"
