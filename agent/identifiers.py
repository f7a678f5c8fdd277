"""Check characters of Chinese personal identifiers, shared by risk data import and PII masking."""
from __future__ import annotations

# GB 11643-1999 weights for the 18-digit resident ID number (ISO 7064 MOD 11-2)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_number_check_char(first17: str) -> str:
    """18th character of a resident ID number, from its first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]
