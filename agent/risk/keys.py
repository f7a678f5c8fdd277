"""Keyed hashes and identifier normalisation.

Why: cross-institution signals (多头借贷, shared phones of a fraud ring) must be computed without any
institution seeing another's customers. Identifiers are compared only as HMAC-SHA256 under a platform key
that institutions never hold, so a leaked table of hashes cannot be reversed by hashing all phone numbers.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from functools import lru_cache
from pathlib import Path

from agent.config import get_settings
from agent.identifiers import id_number_check_char

_ID_RE = re.compile(r"^\d{17}[\dX]$")


def id_number_problem(id_number: str) -> str | None:
    """None if the ID number is well-formed with a correct check digit, else the reason in Chinese."""
    n = id_number.strip().upper()
    if not _ID_RE.match(n):
        return f"身份证号 {mask(n)} 不是 18 位"
    if id_number_check_char(n[:17]) != n[17]:
        return f"身份证号 {mask(n)} 校验位错误"
    return None


def mask(value: str) -> str:
    """Show only the ends of an identifier in messages (脱敏)."""
    return value if len(value) <= 4 else value[:2] + "*" * (len(value) - 4) + value[-2:]


def normalize_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", phone))
    return digits[2:] if digits.startswith("86") and len(digits) == 13 else digits


_ADDR_NOISE = re.compile(r"[\s,，。.·\-—()（）#]")


def normalize_address(address: str) -> str:
    """Full-width → half-width, drop spaces/punctuation and a leading 中国, so re-typed addresses match."""
    a = unicodedata.normalize("NFKC", address).strip()
    a = a.removeprefix("中国")
    return _ADDR_NOISE.sub("", a)


@lru_cache(maxsize=4)
def _key_from(env_value: str | None, key_file: str) -> bytes:
    if env_value:
        return env_value.encode()
    path = Path(key_file)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def platform_key() -> bytes:
    """`FENGTIAO_PLATFORM_KEY`, else a random key created once in `<data_dir>/risk/platform.key`."""
    return _key_from(key.get_secret_value() if (key := get_settings().platform_key) else None, str(get_settings().data_dir / "risk" / "platform.key"))


def keyed_hash(kind: str, value: str) -> str:
    """HMAC-SHA256 of `kind:value` (already normalised) under the platform key, hex."""
    return hmac.new(platform_key(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def person_key(id_number: str) -> str:
    return keyed_hash("person", id_number.strip().upper())


def borrower_key(credit_code: str) -> str:
    return keyed_hash("enterprise", credit_code.strip().upper())


def phone_key(phone: str) -> str:
    return keyed_hash("phone", normalize_phone(phone))


def address_key(address: str) -> str:
    return keyed_hash("address", normalize_address(address))
