from typing import cast

import factory

from storeops.accounts.models import User
from storeops.accounts.roles import Role

PASSWORD = "Sturdy-pass-2024"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    role = Role.CUSTOMER
    is_active = True

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):  # type: ignore[no-untyped-def]
        obj.set_password(extracted or PASSWORD)
        obj.is_staff = obj.is_superuser = obj.role == Role.SYSTEM_ADMIN
        if create:
            obj.save(update_fields=["password", "is_staff", "is_superuser"])


def make_branch_head(store, **kwargs) -> User:  # type: ignore[no-untyped-def]
    """A branch head who heads `store` (both sides of the invariant)."""
    user = cast(User, UserFactory(role=Role.BRANCH_HEAD, store=store, **kwargs))
    store.branch_head = user
    store.save(update_fields=["branch_head"])
    return user
