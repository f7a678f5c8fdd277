"""Chinese identifiers: check characters of resident ID numbers and unified social credit codes (risk data import,
invoice validation, PII masking) and the shape of a credit code (the borrower id everywhere: chat focus, document
filing, risk data)."""
from __future__ import annotations

import re

# GB 32100-2015: 31 characters (no I, O, Z, S, V) and weights 3^(i) mod 31
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# registration authority + type (2), administrative division (6 digits), organisation code + check (10)
CREDIT_CODE = re.compile(rf"[{CREDIT_CODE_CHARS}]{{2}}\d{{6}}[{CREDIT_CODE_CHARS}]{{10}}")

# GB 11643-1999 weights for the 18-digit resident ID number (ISO 7064 MOD 11-2)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_number_check_char(first17: str) -> str:
    """18th character of a resident ID number, from its first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def credit_code_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015 §4.2, ISO 7064 MOD 31-3 style)."""
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def credit_code(value: str) -> str | None:
    """The value as a unified social credit code (upper case, no spaces), or None when it does not have the shape."""
    code = "".join(value.split()).upper()
    return code if CREDIT_CODE.fullmatch(code) else None
