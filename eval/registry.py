"""Suites register by being a module under `eval/suites/` that defines `SUITE`; adding one is adding a file."""
from __future__ import annotations

import importlib
import pkgutil

from agent.errors import NotFound
from eval.suite import Suite

SUITES_PACKAGE = "eval.suites"
_extra: dict[str, Suite] = {}


def register_suite(suite: Suite) -> None:
    """Add a suite at run time (tests, plug-ins); it shadows a module suite of the same name."""
    _extra[suite.name] = suite


def unregister_suite(name: str) -> None:
    _extra.pop(name, None)


def suite_names() -> list[str]:
    package = importlib.import_module(SUITES_PACKAGE)
    found = {m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")}
    return sorted(found | set(_extra))


def get_suite(name: str) -> Suite:
    if name in _extra:
        return _extra[name]
    if name not in suite_names():
        raise NotFound(f"Unknown eval suite {name!r}. Available suites: {', '.join(suite_names())} (see `fengtiao eval list`).")
    module = importlib.import_module(f"{SUITES_PACKAGE}.{name}")
    suite = getattr(module, "SUITE", None)
    if not isinstance(suite, Suite):
        raise NotFound(f"Module {SUITES_PACKAGE}.{name} does not define SUITE = Suite(...).")
    return suite


def all_suites() -> list[Suite]:
    return [get_suite(n) for n in suite_names()]
