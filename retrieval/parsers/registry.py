"""Parsers register by name; the one whose `sniff` accepts the bytes first (by priority) parses them.

Adding a format = adding a module under `retrieval/parsers/formats/` that calls `register(...)`.
Format modules are imported lazily, on the first lookup, so importing `retrieval.parsers` stays cheap.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.models import ParsedDocument

SniffFn = Callable[[bytes, str], bool]
ParseFn = Callable[[bytes, str], ParsedDocument]


@dataclass(frozen=True)
class Parser:
    """One document format.

    sniff: looks at the bytes (and only as a hint the file name) and says whether this format owns them.
        Must be cheap and must not raise.
    parse: turns the bytes into a ParsedDocument or raises DocumentError.
    priority: lower sniffs first; the plain-text fallback goes last.
    """

    name: str
    sniff: SniffFn
    parse: ParseFn
    priority: int = 100


_PARSERS: dict[str, Parser] = {}
_loaded = False


def register(parser: Parser) -> Parser:
    _PARSERS[parser.name] = parser
    return parser


def _load_builtin() -> None:
    global _loaded
    if _loaded:
        return
    from retrieval.parsers import formats

    for mod in pkgutil.iter_modules(formats.__path__):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{formats.__name__}.{mod.name}")
    _loaded = True


def parsers() -> list[Parser]:
    """All registered parsers, in sniffing order."""
    _load_builtin()
    return sorted(_PARSERS.values(), key=lambda p: (p.priority, p.name))


def get_parser(name: str) -> Parser:
    _load_builtin()
    try:
        return _PARSERS[name]
    except KeyError:
        raise KeyError(f"no document parser named {name!r}; known: {sorted(_PARSERS)}") from None


def parser_for(data: bytes, filename: str) -> Parser | None:
    for parser in parsers():
        if parser.sniff(data, filename):
            return parser
    return None
