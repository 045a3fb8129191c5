"""Password hashers: the first one hashes new passwords; the others only verify, and a successful login
rewrites such a hash with the first one."""

PASSWORD_HASHERS = [
    "storeops.accounts.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
