"""/api/issues, /api/otherissues, /api/questions and the public booking form (spec 04 §5)."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Issue, OtherIssue, Question
from storeops.bookings.tests.factories import BookingFactory, IssueFactory, OtherIssueFactory, QuestionFactory

ISSUE_KEYS = ["id", "name", "is_active", "created_at", "updated_at"]
OTHER_KEYS = ["id", "name", "estimated_price", "is_active", "created_at", "updated_at"]
QUESTION_KEYS = ["id", "question_set_name", "question", "position", "is_active", "created_at", "updated_at"]


@pytest.mark.parametrize(
    ("path", "body", "keys", "model"),
    [
        ("/api/issues", {"name": "Screen"}, ISSUE_KEYS, Issue),
        ("/api/otherissues", {"name": "Data recovery", "estimated_price": "1500.5"}, OTHER_KEYS, OtherIssue),
        (
            "/api/questions",
            {"question_set_name": "INTAKE_DEFAULT", "question": "Is it on?"},
            QUESTION_KEYS,
            Question,
        ),
    ],
)
def test_admin_crud_with_audit(admin_api, path, body, keys, model):
    response = admin_api.post(path, body, format="json")
    assert response.status_code == 201, response.json()
    row = response.json()
    assert list(row) == keys and row["is_active"] is True
    entity = {Issue: "issue", OtherIssue: "other_issue", Question: "question"}[model]
    assert ActivityEvent.objects.get(action=f"bookings.{entity}.created").entity_id == str(row["id"])
    assert admin_api.get(f"{path}/{row['id']}").json() == row
    response = admin_api.patch(f"{path}/{row['id']}", {"is_active": False}, format="json")
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert ActivityEvent.objects.get(action=f"bookings.{entity}.updated").changes == {
        "is_active": [True, False]
    }
    assert admin_api.delete(f"{path}/{row['id']}").status_code == 204
    assert not model.objects.exists()
    assert ActivityEvent.objects.filter(action=f"bookings.{entity}.deleted").count() == 1


def test_other_issue_price_defaults_and_is_two_places(admin_api):
    assert (
        admin_api.post("/api/otherissues", {"name": "X"}, format="json").json()["estimated_price"] == "0.00"
    )
    response = admin_api.post("/api/otherissues", {"name": "Y", "estimated_price": "-1"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["estimated_price"]


@pytest.mark.parametrize("path", ["/api/issues", "/api/otherissues"])
def test_names_are_unique_ignoring_case(admin_api, path):
    assert admin_api.post(path, {"name": "Screen"}, format="json").status_code == 201
    response = admin_api.post(path, {"name": " screen "}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["name"]


@pytest.mark.parametrize("name", ["INTAKE DEFAULT", "x" * 51, "set/1", ""])
def test_question_set_name_rule(admin_api, name):
    response = admin_api.post("/api/questions", {"question_set_name": name, "question": "Q"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["question_set_name"]


@pytest.mark.parametrize("path", ["/api/issues", "/api/otherissues", "/api/questions"])
def test_anonymous_read_is_401(api, path):
    assert api().get(path).status_code == 401


@pytest.mark.parametrize("path", ["/api/issues", "/api/otherissues", "/api/questions"])
@pytest.mark.parametrize("role", ["customer", "advisor", "branch_head"])
def test_any_signed_in_user_reads_but_only_admins_write(api, path, role, request, unchanged):
    IssueFactory()
    OtherIssueFactory()
    QuestionFactory()
    user = request.getfixturevalue(role)
    client = api(user)
    listed = client.get(path)
    assert listed.status_code == 200 and listed.json()["count"] == 1
    row_id = listed.json()["results"][0]["id"]
    body = {"name": "New", "question_set_name": "A", "question": "Q"}
    with unchanged(Issue.objects.all(), OtherIssue.objects.all(), Question.objects.all()):
        assert client.post(path, body, format="json").status_code == 403
        assert client.patch(f"{path}/{row_id}", body, format="json").status_code == 403
        assert client.delete(f"{path}/{row_id}").status_code == 403


@pytest.mark.parametrize(("path", "factory", "link"), [
    ("/api/issues", IssueFactory, "issues"),
    ("/api/otherissues", OtherIssueFactory, "other_issues"),
])  # fmt: skip
def test_deleting_a_row_used_by_a_booking_is_409(admin_api, path, factory, link, unchanged):
    row = factory()
    for _ in range(2):
        getattr(BookingFactory(), link).add(row)
    with unchanged(Issue.objects.all(), OtherIssue.objects.all()):
        response = admin_api.delete(f"{path}/{row.pk}")
    assert response.status_code == 409
    assert response.json()["code"] == "protected" and response.json()["references"] == {"bookings": 2}


def test_question_filters_and_ordering(admin_api):
    b = QuestionFactory(question_set_name="INTAKE_DEFAULT", position=2, question="Does it charge?")
    a = QuestionFactory(question_set_name="INTAKE_DEFAULT", position=1, question="Is it on?")
    QuestionFactory(question_set_name="OTHER", position=0)
    QuestionFactory(question_set_name="INTAKE_DEFAULT", is_active=False)

    def ids(query):  # type: ignore[no-untyped-def]
        return [r["id"] for r in admin_api.get("/api/questions", query).json()["results"]]

    assert ids({"question_set_name": "INTAKE_DEFAULT", "is_active": "true"}) == [a.pk, b.pk]
    assert len(ids({"question_set_name": "INTAKE_DEFAULT,OTHER"})) == 4
    assert ids({"search": "charge"}) == [b.pk]
    assert admin_api.get("/api/questions", {"is_active": "maybe"}).status_code == 400


def test_issue_filters_and_ordering(admin_api):
    b = IssueFactory(name="Battery")
    s = IssueFactory(name="Screen", is_active=False)

    def ids(query):  # type: ignore[no-untyped-def]
        return [r["id"] for r in admin_api.get("/api/issues", query).json()["results"]]

    assert ids({}) == [b.pk, s.pk]
    assert ids({"is_active": "false"}) == [s.pk]
    assert ids({"search": "bat"}) == [b.pk]
    assert ids({"ordering": "-created_at"}) == [s.pk, b.pk]


@pytest.mark.parametrize("page_size", [1, 100])
def test_taxonomy_list_query_count(admin_api, django_assert_max_num_queries, page_size):
    for _ in range(100):
        QuestionFactory()
    with django_assert_max_num_queries(4):
        response = admin_api.get("/api/questions", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


def test_booking_form_lists_active_rows_only_for_anyone(api):
    issue = IssueFactory(name="Screen")
    IssueFactory(name="Old", is_active=False)
    other = OtherIssueFactory(name="Data", estimated_price="10.00")
    q = QuestionFactory(question_set_name="INTAKE_DEFAULT", question="On?", position=1)
    QuestionFactory(question_set_name="OTHER")
    for path in ("/api/bookings/form", "/api/bookings/form/"):
        response = api().get(path)
        assert response.status_code == 200
        assert len(response.json()["questions"]) == 2
    response = api().get("/api/bookings/form", {"question_set_name": "INTAKE_DEFAULT"})
    assert response.json() == {
        "issues": [{"id": issue.pk, "name": "Screen"}],
        "other_issues": [{"id": other.pk, "name": "Data", "estimated_price": "10.00"}],
        "questions": [{"id": q.pk, "question_set_name": "INTAKE_DEFAULT", "question": "On?", "position": 1}],
    }


def test_taxonomy_rename_shows_in_booking_reads(admin_api):
    issue = IssueFactory(name="Screen")
    booking = BookingFactory(has_details=True)
    booking.issues.add(issue)
    assert admin_api.get("/api/bookings").json()["results"][0]["details"]["issues"][0]["name"] == "Screen"
    admin_api.patch(f"/api/issues/{issue.pk}", {"name": "Display"}, format="json")
    assert admin_api.get("/api/bookings").json()["results"][0]["details"]["issues"][0]["name"] == "Display"


@pytest.mark.parametrize("value", ["0", "1", "on", "yes"])
def test_form_booleans_are_true_or_false_only(admin_api, value):
    response = admin_api.post("/api/issues", {"name": "Screen", "is_active": value}, format="multipart")
    assert response.status_code == 400 and list(response.json()) == ["is_active"]
    response = admin_api.post("/api/issues", {"name": "Screen", "is_active": "false"}, format="multipart")
    assert response.json()["is_active"] is False
