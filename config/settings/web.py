"""The web app (built by Vite into web/dist) served from this origin: its assets through WhiteNoise under
STATIC_URL, its index page for every client-side route (storeops.web.views)."""

import re

from config.env import BASE_DIR, env_str

WEB_DIST_DIR = BASE_DIR / env_str("WEB_DIST_DIR", "web/dist")

# Found by the staticfiles finders (collectstatic in production, WhiteNoise's finder mode in development).
# The folder is listed only once built, so a checkout without Node still starts and serves the API.
STATICFILES_DIRS = [WEB_DIST_DIR] if WEB_DIST_DIR.is_dir() else []

# Vite names every asset after a hash of its content, so a browser may keep it forever.
_HASHED_ASSET = re.compile(r"^.+/assets/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$")


def WHITENOISE_IMMUTABLE_FILE_TEST(path: str, url: str) -> bool:  # noqa: N802 (a setting name)
    return bool(_HASHED_ASSET.match(url))
