from storeops.api.routers import OptionalSlashRouter, optional_slash
from storeops.bookings import apis

router = OptionalSlashRouter()
router.register("bookings", apis.BookingViewSet, basename="booking")
router.register("issues", apis.IssueViewSet, basename="issue")
router.register("otherissues", apis.OtherIssueViewSet, basename="otherissue")
router.register("questions", apis.QuestionViewSet, basename="question")
router.register("responses", apis.ResponseViewSet, basename="response")

# Before the router: `bookings/form` would otherwise be read as the detail route of a booking called "form".
urlpatterns = [
    optional_slash("bookings/form", apis.BookingFormApi.as_view(), name="booking-form"),
    *router.urls,
]
