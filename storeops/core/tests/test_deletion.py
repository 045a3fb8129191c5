import pytest

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Department
from storeops.catalog.tests.factories import CategoryFactory, DepartmentFactory
from storeops.core.deletion import delete_checked, protected_references
from storeops.core.errors import Conflict

pytestmark = pytest.mark.django_db


def test_delete_checked_refuses_while_referenced_and_writes_nothing():
    department = CategoryFactory().department
    with pytest.raises(Conflict) as exc:
        delete_checked(department, action="x.department.deleted", actor=None)
    assert (exc.value.code, exc.value.extra) == ("protected", {"references": {"categories": 1}})
    assert Department.objects.filter(pk=department.pk).exists()
    assert not ActivityEvent.objects.exists()


def test_delete_checked_records_the_given_action():
    department = DepartmentFactory()
    assert protected_references(department) == {}
    delete_checked(department, action="x.department.deleted", actor=None)
    assert not Department.objects.filter(pk=department.pk).exists()
    assert ActivityEvent.objects.get().action == "x.department.deleted"
