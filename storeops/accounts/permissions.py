"""Who may call what: one table of permissions → roles, and the fail-closed DRF permission class.

Views declare `required_permissions = {"<action or http method>": "<permission>"}`. An action that a view does
not declare is refused (403, or 401 for an anonymous caller). Row scoping (own, store, assigned) is the job of
each module's selectors; this table only says which roles may call an action at all.
"""

from rest_framework.permissions import BasePermission

from storeops.accounts.roles import Role

ANYONE = "anyone"
AUTHENTICATED = "authenticated"

ADMIN = frozenset({Role.SYSTEM_ADMIN})
STAFF = frozenset({Role.SYSTEM_ADMIN, Role.BRANCH_HEAD, Role.ADVISOR})
MANAGERS = frozenset({Role.SYSTEM_ADMIN, Role.BRANCH_HEAD})
ADVISORS = frozenset({Role.ADVISOR})

PERMISSIONS: dict[str, str | frozenset[str]] = {
    # 01 accounts and stores
    "auth.public": ANYONE,
    "auth.self": AUTHENTICATED,
    "users.manage": ADMIN,
    "stores.read": ANYONE,
    "stores.write": ADMIN,
    # 02 catalog
    "catalog.read": ANYONE,
    "catalog.read_authenticated": AUTHENTICATED,
    "catalog.write": ADMIN,
    # 03 inventory
    "inventory.manage": ADMIN,
    # 04 bookings and notifications
    "bookings.create": ANYONE,
    "bookings.read": AUTHENTICATED,
    "bookings.update": frozenset({Role.SYSTEM_ADMIN, Role.CUSTOMER}),
    "bookings.taxonomy.read": AUTHENTICATED,
    "bookings.taxonomy.write": ADMIN,
    "bookings.responses.create": ANYONE,
    "bookings.responses.read": ADMIN,
    "bookings.lookup": ANYONE,
    "notifications.manage": ADMIN,
    # 05 attendance
    "attendance.punch": ADVISORS,
    "attendance.read": STAFF,
    "attendance.approve": MANAGERS,
    "attendance.admin": ADMIN,
    # Deciding a request: every role may ask, the scope answers 404 to whoever cannot see the request.
    "attendance.decide": AUTHENTICATED,
    # 06 marketing
    "marketing.submit": ANYONE,
    "marketing.manage": ADMIN,
    # 07 activity
    "activity.read": ADMIN,
}


def roles_for(permission: str) -> str | frozenset[str]:
    return PERMISSIONS[permission]


def user_has(user: object, permission: str) -> bool:
    allowed = PERMISSIONS[permission]
    if allowed == ANYONE:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if allowed == AUTHENTICATED:
        return True
    return getattr(user, "role", None) in allowed


class RolePermission(BasePermission):
    """Fail closed: allow only what the view declares for the current action."""

    message = "You do not have permission to perform this action."

    def has_permission(self, request, view) -> bool:  # type: ignore[no-untyped-def]
        declared = getattr(view, "required_permissions", None) or {}
        if getattr(view, request.method.lower(), None) is None:
            # No handler for this method: nothing can run, and the caller must learn it is a 405.
            return True
        action = getattr(view, "action", None) or request.method.lower()
        if action == "head":
            action = "get"
        permission = declared.get(action)
        if permission is None:
            return False
        return user_has(request.user, permission)
