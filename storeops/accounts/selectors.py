from django.db.models import Q, QuerySet

from storeops.accounts.models import User


def user_list(*, filters: dict | None = None) -> QuerySet[User]:
    qs = User.objects.select_related("store", "headed_store").order_by("-date_joined", "-id")
    filters = filters or {}
    search = filters.get("search")
    if search:
        qs = qs.filter(
            Q(username__icontains=search)
            | Q(email__icontains=search)
            | Q(first_name__icontains=search)
            | Q(last_name__icontains=search)
            | Q(phone__icontains=search)
            | Q(store__name__icontains=search)
        )
    return qs


def user_get(*, id: int) -> User | None:
    return user_list().filter(pk=id).first()
