"""Images (PNG, JPEG, TIFF incl. multi-page, BMP, GIF, WebP): OCR every frame; boxes in pixels."""
from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from agent.errors import DocumentError
from retrieval.models import ParsedDocument
from retrieval.parsers.config import limit
from retrieval.parsers.dispatch import new_document, require_text
from retrieval.parsers.layout import TextAssembler
from retrieval.parsers.ocr import assemble_ocr_lines, ocr_image
from retrieval.parsers.registry import Parser, register

_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")


def sniff(data: bytes, filename: str) -> bool:
    if data.startswith(_MAGIC):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    # BMP: "BM" + the file size in the header (a text file may well start with "BM")
    return data[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data)


def _open(data: bytes, label: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            width, height = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DocumentError(label, f"image is too large to process safely ({exc})", kind="too_large") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise DocumentError(label, f"damaged image ({exc}); ask for a fresh scan", kind="corrupt") from exc
    max_pixels = int(limit("image", "max_pixels"))
    if width * height > max_pixels:
        raise DocumentError(label, f"image is {width}x{height} pixels (limit {max_pixels:,}); rescan at 300 dpi or less",
                            kind="too_large")
    return img


def parse(data: bytes, source: str) -> ParsedDocument:
    img = _open(data, source)
    asm = TextAssembler()
    ocr_ms: list[float] = []
    sizes: list[tuple[int, int]] = []
    try:
        for index, frame in enumerate(ImageSequence.Iterator(img)):
            page = ImageOps.exif_transpose(frame.copy())  # phone photos carry their rotation in EXIF
            sizes.append(page.size)
            lines, ms = ocr_image(page)
            ocr_ms.append(round(ms, 1))
            assemble_ocr_lines(asm, lines, page=index + 1)
            asm.end_page()
    except (OSError, ValueError, SyntaxError) as exc:
        raise DocumentError(source, f"damaged image ({exc}); ask for a fresh scan", kind="corrupt") from exc
    require_text(asm.text(), source, "the image")
    return new_document(data, source, "image-ocr", asm, pages=len(sizes), metadata={
        "box_units": "px", "page_sizes": sizes, "ocr_ms": ocr_ms, "image_format": img.format})


register(Parser(name="image", sniff=sniff, parse=parse, priority=20))
