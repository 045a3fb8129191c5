from rest_framework.routers import Route

from storeops.api.routers import OptionalSlashRouter
from storeops.marketing.apis import CallRequestViewSet, ContactViewSet


class LeadRouter(OptionalSlashRouter):
    """Leads are closed, never replaced or removed: PUT and DELETE are not routed, so they answer 405."""

    routes = [
        route._replace(mapping={m: a for m, a in route.mapping.items() if m not in ("put", "delete")})
        if isinstance(route, Route)
        else route
        for route in OptionalSlashRouter.routes
    ]


router = LeadRouter()
router.register("marketing/contact", ContactViewSet, basename="marketing-contact")
router.register("marketing/schedule-call", CallRequestViewSet, basename="marketing-schedule-call")

urlpatterns = router.urls
