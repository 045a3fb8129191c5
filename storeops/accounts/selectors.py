from typing import Any

from django.db.models import Q, QuerySet

from storeops.accounts.models import User


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
