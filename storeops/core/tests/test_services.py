import pytest
from django.core.exceptions import ValidationError

from storeops.core.services import model_update
from storeops.stores.models import Store


def test_returns_only_changed_fields_and_saves_them(store):
    before = Store.objects.get(pk=store.pk).updated_at
    instance, changes = model_update(
        instance=store, fields=["name", "address"], data={"name": "Brigade Road", "address": store.address}
    )
    assert instance is store
    assert changes == {"name": ["MG Road", "Brigade Road"]}
    fresh = Store.objects.get(pk=store.pk)
    assert fresh.name == "Brigade Road"
    assert fresh.updated_at > before


def test_saves_only_the_changed_columns(store):
    store.code = "DIRTY"  # an unsaved in-memory change that is not part of this update
    model_update(instance=store, fields=["name"], data={"name": "Brigade Road"})
    fresh = Store.objects.get(pk=store.pk)
    assert (fresh.name, fresh.code) == ("Brigade Road", "MGR")


def test_fields_outside_the_list_are_ignored(store):
    _, changes = model_update(instance=store, fields=["name"], data={"code": "NEW", "is_active": False})
    assert changes == {}
    fresh = Store.objects.get(pk=store.pk)
    assert (fresh.code, fresh.is_active) == ("MGR", True)


def test_nothing_changed_means_no_query(store, django_assert_num_queries):
    with django_assert_num_queries(0):
        _, changes = model_update(
            instance=store, fields=["name", "code"], data={"name": "MG Road", "code": "MGR"}
        )
    assert changes == {}


def test_changed_update_is_one_query(store, django_assert_num_queries):
    with django_assert_num_queries(1):
        model_update(instance=store, fields=["name"], data={"name": "Brigade Road"})


def test_foreign_key_change_uses_the_column(store, advisor, other_store):
    _, changes = model_update(instance=advisor, fields=["store"], data={"store": other_store})
    assert changes == {"store": [store.pk, other_store.pk]}
    advisor.refresh_from_db()
    assert advisor.store_id == other_store.pk


def test_invalid_value_of_a_changed_field_is_refused(store):
    with pytest.raises(ValidationError) as info:
        model_update(instance=store, fields=["name"], data={"name": "x" * 500})
    assert "name" in info.value.message_dict
    assert Store.objects.get(pk=store.pk).name == "MG Road"
