"""The web app's index page (every client-side route answers the same HTML, the browser app routes from there) and
the public uploads on local storage."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.views.decorators.http import require_safe
from django.views.static import serve

NOT_BUILT = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>StoreOps</title></head>"
    "<body><h1>StoreOps</h1><p>The web app is not built. Run <code>npm ci &amp;&amp; npm run build</code> "
    "in <code>web/</code> (or <code>scripts/demo.sh</code>). The API answers under <a href='/api/docs/'>/api/</a>."
    "</p></body></html>"
)


def _index_html() -> str | None:
    index = Path(settings.WEB_DIST_DIR) / "index.html"
    try:
        return index.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


@require_safe
def spa_index(request: HttpRequest, path: str = "") -> HttpResponse:
    """Read on every request (a small file): a rebuild is served without a restart, and no stale copy is cached.

    The page itself must always be revalidated, since it names the current hashed assets."""
    html = _index_html()
    if html is None:
        response = HttpResponse(NOT_BUILT, status=503, content_type="text/html; charset=utf-8")
    else:
        response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


# Uploaded files are served as inert documents: no script, no frame, no plugin, even if one were ever mis-typed.
MEDIA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponseBase:
    """Public uploads from the default (local) storage. Private files (selfies) live in another folder and are
    never reachable here. Names are random and a replaced file gets a new name, so a day of caching is safe."""
    if not settings.SERVE_MEDIA or not isinstance(default_storage, FileSystemStorage):
        raise Http404
    try:
        response = serve(request, path, document_root=str(default_storage.location))
    except SuspiciousFileOperation as error:  # a path that leaves the folder: not a file of ours
        raise Http404 from error
    response["Cache-Control"] = "public, max-age=86400"
    response["Content-Security-Policy"] = MEDIA_CSP
    return response
