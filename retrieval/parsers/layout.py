"""Build `text` + position map, and put boxed fragments into reading order (top-to-bottom, left-to-right).

Every parser emits through `TextAssembler`, so the invariant `text[b.start:b.end] == b.text` holds by
construction. Real invoices interleave labels and values in drawing order; sorting fragments into rows
puts 名称：and the company name on the same line again.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import TypeVar

from retrieval.models import TextBlock
from retrieval.parsers.config import limit

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 with y growing downwards
T = TypeVar("T")


@dataclass
class TextAssembler:
    """Accumulates text; each `add` becomes a block whose span points exactly into the final text."""

    parts: list[str] = field(default_factory=list)
    blocks: list[TextBlock] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, *, page: int, box: Box | None = None, confidence: float | None = None) -> None:
        if not text:
            return
        start = self.length
        self._append(text)
        self.blocks.append(TextBlock(text=text, page=page, start=start, end=self.length,
                                     box=_round_box(box), confidence=confidence))

    def separator(self, text: str) -> None:
        """Text between blocks (newline, space) that belongs to no block."""
        if self.length:  # never lead with a separator
            self._append(text)

    def end_line(self) -> None:
        if self.length and not self.text_endswith("\n"):
            self._append("\n")

    def end_page(self) -> None:
        """Pages are separated by a blank line (form feed would confuse chunkers and regexes)."""
        if not self.length:
            return
        self.end_line()
        if not self.text_endswith("\n\n"):
            self._append("\n")

    def text_endswith(self, suffix: str) -> bool:
        tail = "".join(self.parts[-len(suffix):])
        return tail.endswith(suffix)

    def text(self) -> str:
        """Final text; trailing separators trimmed (blocks never end in a separator, so spans stay valid)."""
        full = "".join(self.parts)
        keep = max(len(full.rstrip("\n ")), self.blocks[-1].end if self.blocks else 0)
        return full[:keep]

    def _append(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)


def _round_box(box: Box | None) -> Box | None:
    return None if box is None else tuple(round(v, 2) for v in box)  # type: ignore[return-value]


def union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def rows_in_reading_order(items: Sequence[T], box_of: Callable[[T], Box]) -> list[list[T]]:
    """Group boxed items into visual rows (top to bottom), each row sorted left to right.

    An item joins the current row when it overlaps the row's vertical band by at least
    `layout.same_row_overlap` of the smaller height; this tolerates mixed font sizes on one line
    (a 9pt label next to a 12pt value) without merging neighbouring lines.
    """
    overlap_needed = float(limit("layout", "same_row_overlap"))
    ordered = sorted(items, key=lambda it: ((box_of(it)[1] + box_of(it)[3]) / 2, box_of(it)[0]))
    rows: list[list[T]] = []
    band: tuple[float, float] | None = None
    heights: list[float] = []
    for it in ordered:
        x0, y0, x1, y1 = box_of(it)
        h = max(y1 - y0, 1e-6)
        if band is not None:
            overlap = min(y1, band[1]) - max(y0, band[0])
            if overlap >= overlap_needed * min(h, median(heights)):
                rows[-1].append(it)
                heights.append(h)
                continue
        rows.append([it])
        band = (y0, y1)  # the row's band is its first item's: no drift down a page
        heights = [h]
    for row in rows:
        row.sort(key=lambda it: box_of(it)[0])
    return rows


def gap_separator(left: Box, right: Box) -> str:
    """A space when two fragments on one row are visibly apart, nothing when they touch."""
    height = max(min(left[3] - left[1], right[3] - right[1]), 1e-6)
    return " " if right[0] - left[2] > float(limit("layout", "space_gap")) * height else ""
