"""The web app's index page: every client-side route answers the same HTML, the browser app routes from there."""

from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

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
