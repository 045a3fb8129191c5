"""Store writes and the branch-head invariants (see docs/accounts.md), which every path goes through."""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypedDict

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.core.locking import LockTarget, lock_related_rows
from storeops.core.services import changed_columns, changes_apply, model_update
from storeops.core.time import is_known_timezone
from storeops.inventory.services.ledger import totals_recount
from storeops.stores.models import Geofence, Store, StoreType

STORE_FIELDS = (
    "name",
    "code",
    "address",
    "phone",
    "email",
    "latitude",
    "longitude",
    "timezone",
    "store_type",
    "is_active",
)


class StoreInput(TypedDict, total=False):
    """What a store write accepts; an update changes only the keys it is given."""

    name: str
    code: str
    address: str
    phone: str
    email: str | None
    latitude: Decimal | None
    longitude: Decimal | None
    timezone: str
    store_type: str
    branch_head: int | None  # a user id; None detaches the current head
    is_active: bool


def branch_head_lock(*, users: Iterable[int | None] = (), stores: Iterable[int | None] = ()) -> None:
    """Lock these users and stores and every row a branch-head change among them can touch.

    Those are: each user's store, the store each user heads, and the head of each of those stores. All are
    locked in the global order (users, then stores; see `storeops.core.locking`), so a store-side and a user-side
    edit of the same assignment queue instead of deadlocking. Call it before any other lock in the transaction.
    """
    # Only ids of existing users: an exact lookup tolerates any integer, where `pk__in` overflows on PostgreSQL.
    user_ids = {pk for pk in users if pk is not None and User.objects.filter(pk=pk).exists()}
    store_ids = {pk for pk in stores if pk is not None}

    def rows() -> list[LockTarget]:
        touched = (
            store_ids
            | set(Store.objects.filter(branch_head__in=user_ids).values_list("pk", flat=True))
            | set(
                User.objects.filter(pk__in=user_ids, store__isnull=False).values_list("store_id", flat=True)
            )
        )
        heads = Store.objects.filter(pk__in=touched, branch_head__isnull=False).values_list(
            "branch_head_id", flat=True
        )
        return [(User, pk) for pk in user_ids | set(heads)] + [(Store, pk) for pk in touched]

    lock_related_rows(rows)


def _validate(data: Mapping[str, Any], *, instance: Store | None = None) -> None:
    errors: dict[str, list[Any]] = {}
    code = data.get("code")
    if code is not None:
        others = Store.objects.exclude(pk=instance.pk) if instance else Store.objects.all()
        if others.filter(code__iexact=code.strip()).exists():
            errors["code"] = ["A store with this code already exists."]
    if "timezone" in data and not is_known_timezone(data["timezone"]):
        errors["timezone"] = ["Unknown time zone."]
    lat = data.get("latitude", instance.latitude if instance else None)
    lon = data.get("longitude", instance.longitude if instance else None)
    if (lat is None) != (lon is None):
        missing = "latitude" if lat is None else "longitude"
        errors[missing] = ["Give latitude and longitude together."]
    errors.update(_store_type_errors(data, instance))
    if errors:
        raise ValidationError(errors)


def _store_type_errors(data: Mapping[str, Any], instance: Store | None) -> dict[str, list[ValidationError]]:
    """Only a branch store has a branch head."""
    store_type = data.get("store_type", instance.store_type if instance else StoreType.BRANCH)
    if store_type != StoreType.HQ:
        return {}
    if data.get("branch_head") is not None:
        message = "An HQ store cannot have a branch head."
        return {"branch_head": [ValidationError(message, code="hq_store_branch_head")]}
    if instance is not None and instance.branch_head_id is not None and "branch_head" not in data:
        message = "Remove the branch head before making this store HQ."
        return {"store_type": [ValidationError(message, code="store_has_branch_head")]}
    return {}


def _save_store(store: Store, *, fields: list[str] | None = None) -> None:
    try:
        with transaction.atomic():
            store.save(update_fields=fields)
    except IntegrityError:
        raise ValidationError({"code": ["A store with this code already exists."]})


def branch_head_release(*, store: Store, actor: Any, clear_user_store: bool = True) -> User | None:
    """Detach the store's head: `store.branch_head = null` and, unless told otherwise, the head's store too."""
    head = store.branch_head
    if head is None:
        return None
    store.branch_head = None
    store.save(update_fields=["branch_head", "updated_at"])
    record(
        actor=actor,
        action=actions.STORE_BRANCH_HEAD_REMOVED,
        entity=store,
        changes={"branch_head": [head.pk, None]},
    )
    if clear_user_store and head.store_id is not None:
        old = head.store_id
        head.store = None
        head.save(update_fields=["store"])
        record(actor=actor, action=actions.USER_UPDATED, entity=head, changes={"store": [old, None]})
    return head


def branch_head_take(*, store: Store, user: User, actor: Any) -> None:
    """Make `user` (an active branch_head) head `store`, detaching whoever held either position.

    The caller holds `branch_head_lock` over both; the locks below then never wait.
    """
    if store.branch_head_id == user.pk and user.store_id == store.pk:
        return
    headed = Store.objects.select_for_update().filter(branch_head=user).exclude(pk=store.pk).first()
    if headed is not None:
        branch_head_release(store=headed, actor=actor, clear_user_store=False)
    previous = store.branch_head_id
    if previous not in (None, user.pk):
        # The store row changes once (previous → user), so it gets one event; the previous head loses its store.
        former = User.objects.select_for_update().get(pk=previous)
        if former.store_id is not None:
            old = former.store_id
            former.store = None
            former.save(update_fields=["store"])
            record(actor=actor, action=actions.USER_UPDATED, entity=former, changes={"store": [old, None]})
    if previous != user.pk:
        store.branch_head = user
        store.save(update_fields=["branch_head", "updated_at"])
        record(
            actor=actor,
            action=actions.STORE_BRANCH_HEAD_ASSIGNED,
            entity=store,
            changes={"branch_head": [previous, user.pk]},
        )
    if user.store_id != store.pk:
        old_store = user.store_id
        user.store = store
        user.save(update_fields=["store"])
        record(
            actor=actor, action=actions.USER_UPDATED, entity=user, changes={"store": [old_store, store.pk]}
        )


def _branch_head_user(user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = User.objects.select_for_update().filter(pk=user_id, is_active=True, role=Role.BRANCH_HEAD).first()
    if user is None:
        raise ValidationError({"branch_head": ["Choose an active user with the branch_head role."]})
    return user


@transaction.atomic
def store_create(*, data: StoreInput, actor: Any) -> Store:
    head_id = data.get("branch_head")
    branch_head_lock(users=[head_id])
    _validate(data)
    store = Store(**{k: v for k, v in data.items() if k in STORE_FIELDS})
    store.full_clean(exclude=["branch_head"], validate_unique=False, validate_constraints=False)
    _save_store(store)
    record(actor=actor, action=actions.STORE_CREATED, entity=store, changes=snapshot(store))
    head = _branch_head_user(head_id)
    if head is not None:
        branch_head_take(store=store, user=head, actor=actor)
    return store


@transaction.atomic
def store_update(*, store: Store, data: StoreInput, actor: Any) -> Store:
    branch_head_lock(users=[data.get("branch_head")], stores=[store.pk])
    store = Store.objects.select_related("branch_head").get(pk=store.pk)  # locked just above
    _validate(data, instance=store)
    values: dict[str, Any] = dict(data)
    if values.get("code"):
        values["code"] = values["code"].strip().upper()
    changes = changes_apply(store, values, STORE_FIELDS)
    if changes:
        store.full_clean(exclude=["branch_head"], validate_unique=False, validate_constraints=False)
        _save_store(store, fields=changed_columns(store, changes))
        action = (
            actions.STORE_DEACTIVATED if changes.get("is_active") == [True, False] else actions.STORE_UPDATED
        )
        record(actor=actor, action=action, entity=store, changes=changes)
        if "is_active" in changes:
            totals_recount(store_id=store.pk)
    if "branch_head" in data:
        head = _branch_head_user(data["branch_head"])
        if head is None:
            branch_head_release(store=store, actor=actor)
        else:
            branch_head_take(store=store, user=head, actor=actor)
    return store


@transaction.atomic
def store_deactivate(*, store: Store, actor: Any) -> Store:
    store = Store.objects.select_for_update().get(pk=store.pk)
    if store.is_active:
        store.is_active = False
        store.save(update_fields=["is_active", "updated_at"])
        record(
            actor=actor, action=actions.STORE_DEACTIVATED, entity=store, changes={"is_active": [True, False]}
        )
        totals_recount(store_id=store.pk)
    return store


@transaction.atomic
def geofence_set(
    *,
    store: Store,
    latitude: Any,
    longitude: Any,
    radius_m: int | None = None,
    is_active: bool = True,
    actor: Any,
) -> Geofence:
    """Create or replace the store's check-in circle."""
    fence = Geofence.objects.select_for_update().filter(store=store).first()
    values = {"latitude": latitude, "longitude": longitude, "is_active": is_active}
    if radius_m is not None:
        values["radius_m"] = radius_m
    if fence is None:
        fence = Geofence(store=store, **values)
        fence.full_clean()
        fence.save()
        record(
            actor=actor, action=actions.GEOFENCE_CREATED, entity=fence, store=store, changes=snapshot(fence)
        )
        return fence
    fence, changes = model_update(instance=fence, fields=values, data=values)
    if changes:
        record(actor=actor, action=actions.GEOFENCE_UPDATED, entity=fence, store=store, changes=changes)
    return fence
