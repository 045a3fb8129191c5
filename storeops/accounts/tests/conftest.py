import pytest

from storeops.stores.tests.invariants import assert_branch_head_invariants


@pytest.fixture(autouse=True)
def _branch_head_invariants(db):  # type: ignore[no-untyped-def]
    """After every test the invariants hold for all rows."""
    yield
    assert_branch_head_invariants()
