"""User administration by system admins, with the branch-head invariants (see docs/accounts.md)."""

from collections.abc import Mapping
from typing import Any, TypedDict

from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.services.auth import password_validate, save_unique, user_snapshot, user_unique_check
from storeops.accounts.services.tokens import tokens_revoke_all
from storeops.activity import actions
from storeops.activity.services import record
from storeops.core.errors import ApplicationError, Conflict
from storeops.core.services import changed_columns, changes_apply
from storeops.stores.models import Store, StoreType
from storeops.stores.services import branch_head_lock, branch_head_release, branch_head_take

EDITABLE = (
    "username",
    "email",
    "first_name",
    "last_name",
    "phone",
    "role",
    "store",
    "is_active",
    "email_verified",
)


class UserInput(TypedDict, total=False):
    """What a user write accepts; an update changes only the keys it is given (`password` required on create)."""

    username: str
    email: str
    password: str
    first_name: str
    last_name: str
    phone: str
    role: str
    store: Store | None
    is_active: bool
    email_verified: bool


def _sync_admin_flags(user: User) -> None:
    # Django admin-site access follows the role, and only the role.
    user.is_staff = user.is_superuser = user.role == Role.SYSTEM_ADMIN


def _lock_store_for_head(store: Store, user: User) -> Store:
    locked = Store.objects.select_for_update().get(pk=store.pk)
    if locked.store_type == StoreType.HQ:
        message = "A branch head can belong only to a branch store, not an HQ store."
        raise ValidationError({"store": [ValidationError(message, code="hq_store_branch_head")]})
    if locked.branch_head_id not in (None, user.pk):
        raise Conflict(
            f"Store {locked.code} already has a branch head.", "store_has_branch_head", store=locked.pk
        )
    return locked


@transaction.atomic
def user_create(*, data: UserInput, actor: Any) -> User:
    password = data["password"]
    user_unique_check(username=data["username"], email=data["email"])
    role = data.get("role", Role.CUSTOMER)
    store = data.get("store")
    if role == Role.CUSTOMER and store is not None:
        raise ValidationError({"store": ["Customers cannot belong to a store."]})
    branch_head_lock(stores=[getattr(store, "pk", None)])
    user = User(**{k: v for k, v in data.items() if k in EDITABLE})
    user.role = role
    if role == Role.BRANCH_HEAD and store is not None:
        if not user.is_active:
            user.store = None
        else:
            store = _lock_store_for_head(store, user)
    password_validate(password=password, user=user)
    user.set_password(password)
    _sync_admin_flags(user)
    save_unique(user)
    record(actor=actor, action=actions.USER_CREATED, entity=user, changes=user_snapshot(user))
    if user.role == Role.BRANCH_HEAD and store is not None and user.store_id is not None:
        branch_head_take(store=store, user=user, actor=actor)
    return user


def _self_rules(user: User, data: Mapping[str, Any], actor: Any) -> None:
    if getattr(actor, "pk", None) != user.pk:
        return
    if data.get("is_active") is False and user.is_active:
        raise ValidationError({"is_active": ["You cannot deactivate your own account."]})
    if "role" in data and data["role"] != user.role:
        raise ValidationError({"role": ["You cannot change your own role."]})


def _target_store(user: User, data: Mapping[str, Any], role: str, active: bool, actor: Any) -> Store | None:
    """The store the user ends up in; releases a store they head when role, store or activity changes."""
    store: Store | None = data.get("store", user.store)
    if role == Role.CUSTOMER and "store" in data and store is not None:
        raise ValidationError({"store": ["Customers cannot belong to a store."]})
    # Release before the customer early return, so a head demoted to customer does not keep heading the store.
    headed = (
        Store.objects.select_for_update(of=("self",))
        .select_related("branch_head")
        .filter(branch_head=user)
        .first()
    )
    if headed is not None:
        changed_store = "store" in data and store != headed
        if role != user.role or changed_store or not active:
            branch_head_release(store=headed, actor=actor, clear_user_store=False)
            store = data["store"] if ("store" in data and active) else None
    if role == Role.CUSTOMER:
        return None
    if role == Role.BRANCH_HEAD and store is not None:
        if not active:
            return None
        _lock_store_for_head(store, user)
    return store


@transaction.atomic
def user_update(*, user: User, data: UserInput, actor: Any) -> User:
    branch_head_lock(users=[user.pk], stores=[getattr(data.get("store"), "pk", None)])
    user = User.objects.select_related("store").get(pk=user.pk)  # locked just above
    _self_rules(user, data, actor)
    user_unique_check(username=data.get("username"), email=data.get("email"), exclude_pk=user.pk)
    role = data.get("role", user.role)
    active = data.get("is_active", user.is_active)
    store = _target_store(user, data, role, active, actor)
    password = data.get("password")
    if password:
        password_validate(password=password, user=user)

    values = {k: v for k, v in data.items() if k in EDITABLE} | {"store": store, "role": role}
    if "email" in values and values["email"] != user.email and "email_verified" not in data:
        values["email_verified"] = False
    changes = changes_apply(user, values, values)
    _sync_admin_flags(user)
    if password:
        user.set_password(password)
    if changes or password:
        fields = (
            changed_columns(user, changes) + ["is_staff", "is_superuser"] + (["password"] if password else [])
        )
        save_unique(user, update_fields=fields)
    deactivated = changes.get("is_active") == [True, False]
    if changes:
        action = actions.USER_DEACTIVATED if deactivated else actions.USER_UPDATED
        record(actor=actor, action=action, entity=user, changes=changes)
    if password:
        record(actor=actor, action=actions.USER_PASSWORD_CHANGED, entity=user)
    if password or deactivated:
        tokens_revoke_all(user=user, reason="revoked")
    if user.role == Role.BRANCH_HEAD and user.is_active and user.store_id is not None:
        branch_head_take(
            store=Store.objects.select_for_update().get(pk=user.store_id), user=user, actor=actor
        )
    return user


def user_deactivate(*, user: User, actor: Any) -> User:
    if getattr(actor, "pk", None) == user.pk:
        raise ApplicationError("You cannot delete your own account.", "self_delete")
    if not user.is_active:
        return user
    return user_update(user=user, data={"is_active": False}, actor=actor)


@transaction.atomic
def user_create_system_admin(*, username: str, email: str, password: str | None, **extra: Any) -> User:
    """Used by `createsuperuser`: a system admin written with actor "system"."""
    user = User(
        username=username, email=(email or "").strip().lower(), role=Role.SYSTEM_ADMIN, is_active=True
    )
    for key in ("first_name", "last_name"):
        if key in extra:
            setattr(user, key, extra[key])
    _sync_admin_flags(user)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    save_unique(user)
    record(actor=None, action=actions.USER_CREATED, entity=user, changes=user_snapshot(user))
    return user
