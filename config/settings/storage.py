"""File storage: local folders under DATA_DIR by default; S3-compatible when AWS_STORAGE_BUCKET_NAME is set."""

from config.env import BASE_DIR, env_bool, env_str

_data_dir = BASE_DIR / env_str("DATA_DIR", "var")

MEDIA_ROOT = _data_dir / "media"
MEDIA_URL = env_str("MEDIA_URL", "/media/")
PRIVATE_MEDIA_ROOT = _data_dir / "private"

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")

# Public uploads (brand logos) on local storage are served by the app under MEDIA_URL, so a single machine needs
# nothing in front of it. Turn off when a web server or CDN serves DATA_DIR/media; with a bucket the bucket serves.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not AWS_STORAGE_BUCKET_NAME)

if AWS_STORAGE_BUCKET_NAME:
    _s3_options = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
    }
    STORAGES = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**_s3_options, "querystring_auth": False},
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3_options,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
else:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # Private files are never served by a URL; the API streams them after a permission check.
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
        },
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
