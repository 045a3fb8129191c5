"""A URLconf whose first segment is a parameter, for the routing fallback test."""

from django.http import HttpResponse
from django.urls import re_path

urlpatterns = [re_path(r"^(?P<slug>[a-z]+)/things/?$", lambda request, slug: HttpResponse(slug))]
