"""OCR with RapidOCR (PP-OCRv4 ONNX models shipped inside the rapidocr-onnxruntime wheel: works offline).

The engine takes ~0.5 s and ~100 MB to load, so it is loaded once per process, on first use.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from retrieval.parsers.config import limit
from retrieval.parsers.layout import TextAssembler, rows_in_reading_order

_lock = threading.Lock()  # one inference at a time: onnxruntime already uses every core


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in the input image's pixels
    confidence: float


@lru_cache(maxsize=1)
def get_engine() -> Any:
    """The process-wide RapidOCR engine (lazy singleton)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_image(image: Image.Image) -> tuple[list[OcrLine], float]:
    """OCR one page image. Returns the recognised lines (confidence >= `ocr.min_confidence`) and the
    wall time in milliseconds. Large images are downscaled first; boxes are mapped back to the input."""
    img = image.convert("RGB")
    scale = 1.0
    max_side = int(limit("image", "max_side_px"))
    if max(img.size) > max_side:
        scale = max_side / max(img.size)
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.LANCZOS)
    bgr = np.ascontiguousarray(np.asarray(img)[:, :, ::-1])  # RapidOCR follows OpenCV: BGR
    engine = get_engine()
    t0 = time.perf_counter()
    with _lock:
        result, _ = engine(bgr)
    ms = (time.perf_counter() - t0) * 1000
    min_conf = float(limit("ocr", "min_confidence"))
    lines: list[OcrLine] = []
    for quad, text, conf in result or []:
        text = str(text).strip()
        if not text or float(conf) < min_conf:
            continue
        xs = [float(pt[0]) / scale for pt in quad]
        ys = [float(pt[1]) / scale for pt in quad]
        lines.append(OcrLine(text=text, box=(min(xs), min(ys), max(xs), max(ys)), confidence=round(float(conf), 4)))
    return lines, ms


def assemble_ocr_lines(asm: TextAssembler, lines: list[OcrLine], *, page: int, to_page_units: float = 1.0) -> None:
    """Add OCR lines to the assembler in reading order: one block per detected line (with its
    confidence), lines that sit on the same visual row joined by a space."""
    def box(line: OcrLine) -> tuple[float, float, float, float]:
        return tuple(v / to_page_units for v in line.box)  # type: ignore[return-value]

    for row in rows_in_reading_order(lines, box):
        prev = None
        for line in row:
            if prev is not None:
                asm.separator(" ")
            asm.add(line.text, page=page, box=box(line), confidence=line.confidence)
            prev = line
        asm.end_line()

