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

LOG_EXPORTED = "activity.log.exported"
LOG_PRUNED = "activity.log.pruned"


def catalog(model: str, verb: str) -> str:
    """`catalog.<model>.<verb>` for the catalog's many models (verb: created, updated, deleted)."""
    return f"catalog.{model}.{verb}"


def booking_status(status: str) -> str:
    """`bookings.booking.<status>`: the transition of a booking to `status` (approved, cancelled…)."""
    return f"bookings.booking.{status}"


def bookings(model: str, verb: str) -> str:
    """`bookings.<model>.<verb>` for the repair taxonomies (issue, other_issue, question)."""
    return f"bookings.{model}.{verb}"
