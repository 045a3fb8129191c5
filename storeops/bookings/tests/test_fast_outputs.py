"""The fast renderings of taxonomy rows equal the output serializers byte for byte."""

from storeops.api.fastpath import dumps
from storeops.bookings import outputs as out
from storeops.bookings import serializers as s
from storeops.bookings.models import Issue, OtherIssue, Question
from storeops.bookings.tests.factories import IssueFactory, OtherIssueFactory, QuestionFactory


def test_fast_rows_equal_the_serializers(db):
    IssueFactory(name="Écran 'cassé'")
    OtherIssueFactory(estimated_price="12.5")
    QuestionFactory(question="Is it \u2028 on?")
    for model, columns, row, output in (
        (Issue, out.ISSUE_COLUMNS, out.issue_row, s.IssueOutput),
        (OtherIssue, out.OTHER_ISSUE_COLUMNS, out.other_issue_row, s.OtherIssueOutput),
        (Question, out.QUESTION_COLUMNS, out.question_row, s.QuestionOutput),
    ):
        instance = model.objects.get()
        fast = row(model.objects.values(*columns).get())
        from rest_framework.renderers import JSONRenderer

        assert dumps(fast) == JSONRenderer().render(output(instance).data)
