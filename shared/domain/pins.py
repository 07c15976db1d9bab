"""PINs are kept only as salted, slow hashes: a copied config file does not give the PIN away.

New hashes are scrypt (memory-hard: guessing on a GPU gains little), stored self-describing as
scrypt$n$r$p$salt$hash. The older pbkdf2_sha256$iterations$salt$hash still verifies, and
`needs_rehash` tells sign-in to replace it once the right PIN has been typed."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCRYPT = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB and ~50 ms per check: a console sign-in stays quick
PBKDF2 = "pbkdf2_sha256"
ALGORITHM = SCRYPT
_MAX_N = 2**20  # a stored hash cannot make a check take unbounded memory


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join([SCRYPT, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)])


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time comparison; a malformed or unknown stored value never verifies."""
    parts = (stored or "").split("$")
    try:
        if parts[0] == SCRYPT and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= 32 and 0 < p <= 16):
                return False
            candidate, expected = _scrypt(pin, _unb64(parts[4]), n, r, p), _unb64(parts[5])
        elif parts[0] == PBKDF2 and len(parts) == 4:
            candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), _unb64(parts[2]), int(parts[1]))
            expected = _unb64(parts[3])
        else:
            return False
    except ValueError:  # bad numbers or base64
        return False
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    """True for an older format or weaker parameters than new hashes get."""
    parts = (stored or "").split("$")
    return parts[:4] != [SCRYPT, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P)]


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * r * n + 2**20, dklen=32)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
