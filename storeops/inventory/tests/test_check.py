import pytest
from django.core.management import call_command

from storeops.inventory.models import StockBalance
from storeops.inventory.services import stock_entry_create


def test_inventory_check_passes_then_fails_after_corruption(store, other_store, tracked_variant, capsys):
    stock_entry_create(data={"entry_type": "purchase", "store": store.pk, "variant": tracked_variant, "quantity": 2,
                             "serial_numbers": ["C1", "C2"]}, actor=None)  # fmt: skip
    stock_entry_create(data={"entry_type": "transfer_out", "store": store.pk, "counterpart_store": other_store.pk,
                             "variant": tracked_variant, "quantity": 1, "serial_numbers": ["C1"]}, actor=None)  # fmt: skip
    call_command("inventory_check")
    assert "consistent" in capsys.readouterr().out
    StockBalance.objects.filter(store=store).update(quantity=7)
    with pytest.raises(SystemExit) as exit_:
        call_command("inventory_check")
    assert exit_.value.code == 1
    assert "balance" in capsys.readouterr().out
