"""`seed_scale` fills the lead inbox in bulk, with a valid workflow history for every lead."""

import pytest
from django.core.management import call_command

from storeops.marketing.models import TRANSITIONS, CallRequest, ContactRequest, LeadStatus


@pytest.mark.django_db
def test_seed_scale_fills_both_inboxes_with_valid_histories(capsys):  # type: ignore[no-untyped-def]
    call_command("seed_scale", scale=0.01, password="bench-pass-123")
    assert ContactRequest.objects.count() == 200 and CallRequest.objects.count() == 50
    for model in (ContactRequest, CallRequest):
        statuses = set(model.objects.values_list("status", flat=True))
        assert statuses == set(LeadStatus.values)
        for lead in model.objects.all():
            status = LeadStatus.NEW.value
            for entry in lead.history:
                assert entry["from_status"] == status and entry["to_status"] in TRANSITIONS[status]
                status = entry["to_status"]
            assert status == lead.status
    new = ContactRequest.objects.filter(status=LeadStatus.NEW).count()
    assert 20 <= new <= 60  # about a fifth: the inbox a marketer opens
    assert "contact requests: 200" in capsys.readouterr().out


def test_the_seeded_inbox_renders_through_the_api(api, admin_user, capsys):  # type: ignore[no-untyped-def]
    call_command("seed_scale", scale=0.01, password="bench-pass-123")
    body = api(admin_user).get("/api/marketing/contact", {"page_size": 20, "status": "new"}).json()
    assert body["count"] == ContactRequest.objects.filter(status="new").count()
    assert len(body["results"]) == 20 and {r["status"] for r in body["results"]} == {"new"}
