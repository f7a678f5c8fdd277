#!/usr/bin/env bash
# Install fengtiao into ./.venv on a fresh machine: system fonts for rendering Chinese documents (tests, reports),
# then the Python package. `--dev` adds the test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# CJK font: needed to render and OCR Chinese invoices in tests and to draw Chinese in reports.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    (apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null)
  else
    echo "note: install the Debian package fonts-noto-cjk (sudo apt-get install fonts-noto-cjk) to render Chinese documents" >&2
  fi
fi

# Browser tests drive Debian's Chromium headless (never a browser downloaded by a test tool).
if [ -n "$extras" ] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    (apt-get install -y -qq chromium >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
  else
    echo "note: browser tests need Debian's chromium (sudo apt-get install chromium)" >&2
  fi
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch is pinned in pyproject (CPU build); an unpinned torch would pull a multi-GB CUDA build.
.venv/bin/python -m pip install -q -e ".${extras}"
echo "fengtiao installed in $(pwd)/.venv"
