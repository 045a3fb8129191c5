from collections.abc import Mapping
from typing import Any

from storeops.api.routers import OptionalSlashRouter, optional_slash
from storeops.bookings import apis


class MethodRouter(OptionalSlashRouter):
    """Routes only the methods a viewset allows (`http_method_names`): bookings have no DELETE route."""

    def get_method_map(self, viewset: Any, method_map: Mapping[str, str]) -> dict[str, str]:
        allowed = set(viewset.http_method_names)
        return {m: a for m, a in super().get_method_map(viewset, method_map).items() if m in allowed}


router = MethodRouter()
router.register("bookings", apis.BookingViewSet, basename="booking")
router.register("issues", apis.IssueViewSet, basename="issue")
router.register("otherissues", apis.OtherIssueViewSet, basename="otherissue")
router.register("questions", apis.QuestionViewSet, basename="question")
router.register("responses", apis.ResponseViewSet, basename="response")

# Before the router: `bookings/form` would otherwise be read as the detail route of a booking called "form".
urlpatterns = [
    optional_slash("bookings/form", apis.BookingFormApi.as_view(), name="booking-form"),
    optional_slash("bookings/lookup", apis.BookingLookupApi.as_view(), name="booking-lookup"),
    *router.urls,
]
