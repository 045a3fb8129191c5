from typing import Any

from django.db.models import Q, QuerySet

from storeops.accounts.models import User
from storeops.core.ids import MAX_ID
from storeops.core.lookups import PkLookup

_BY_ID = PkLookup(User)


def user_list(*, actor: Any = None) -> QuerySet[User]:
    """Every user: only system admins reach the users API, so the actor narrows nothing."""
    return User.objects.select_related("store", "headed_store").order_by("-date_joined", "-id")


def user_search(qs: QuerySet[User], term: str) -> QuerySet[User]:
    """Case-insensitive substring of username, e-mail, names, phone or store name."""
    term = term.strip()
    if not term:
        return qs
    return qs.filter(
        Q(username__icontains=term)
        | Q(email__icontains=term)
        | Q(first_name__icontains=term)
        | Q(last_name__icontains=term)
        | Q(phone__icontains=term)
        | Q(store__name__icontains=term)
    )


def user_for_token(*, user_id: Any) -> User | None:
    """The user a bearer token names, or None: one query by primary key, compiled once per process."""
    if isinstance(user_id, bool):
        return None
    try:
        pk = int(user_id)
    except (TypeError, ValueError):
        return None
    return _BY_ID.get(pk) if 1 <= pk <= MAX_ID else None
