"""Password hashing: Argon2id at OWASP's minimum cost (see docs/deployment.md for the measured cost)."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idPasswordHasher(Argon2PasswordHasher):
    """Argon2id with 19 MiB of memory, 2 passes and 1 lane; hashes with other parameters are upgraded at login."""

    time_cost = 2
    memory_cost = 19456  # KiB
    parallelism = 1
