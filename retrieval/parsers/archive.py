"""Zip containers (DOCX, OFD, batches of documents), opened only after they are proven safe.

A zip is refused before anything is extracted when a member escapes the archive (../, absolute path,
drive letter, symlink), is encrypted, or when sizes say "bomb": too many members, too large in total,
or a compression ratio no real document reaches. Declared sizes can lie, so reads are capped too.
"""
from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from agent.errors import DocumentError
from retrieval.parsers.config import limit

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # local header, or the end record of an empty zip
_MB = 1024 * 1024


def is_zip(data: bytes) -> bool:
    return data[:4] in ZIP_MAGIC


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name. Zips made on Chinese Windows store GBK names without the UTF-8 flag; Info-ZIP on
    Linux stores UTF-8 names without it too, so strict UTF-8 is tried before GB18030."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unsafe(label: str, why: str) -> DocumentError:
    return DocumentError(label, f"refused archive: {why}. Do not unpack it; ask the sender for the original documents.",
                         kind="unsafe_archive")


def _check_name(label: str, info: zipfile.ZipInfo) -> None:
    raw = info.filename.replace("\\", "/")
    parts = PurePosixPath(raw).parts
    if raw.startswith("/") or (parts and parts[0].endswith(":")) or ".." in parts:
        raise _unsafe(label, f"member {member_name(info)!r} points outside the archive (path traversal)")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _unsafe(label, f"member {member_name(info)!r} is a symbolic link")


def check_zip(zf: zipfile.ZipFile, label: str) -> None:
    """Raise DocumentError(kind="unsafe_archive") unless every member is safe to read."""
    infos = zf.infolist()
    max_entries = int(limit("zip", "max_entries"))
    if len(infos) > max_entries:
        raise _unsafe(label, f"{len(infos)} members (limit {max_entries})")
    total = 0
    max_ratio = float(limit("zip", "max_entry_ratio"))
    min_checked = int(limit("zip", "min_ratio_check_kb")) * 1024
    for info in infos:
        _check_name(label, info)
        if info.flag_bits & 0x1:
            raise DocumentError(label, f"member {member_name(info)!r} is password-protected; send the archive without a password",
                                kind="encrypted")
        total += info.file_size
        if info.file_size > min_checked and info.file_size > max_ratio * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise _unsafe(label, f"member {member_name(info)!r} expands {ratio:,.0f}x (limit {max_ratio:,.0f}x): zip bomb")
    max_total = float(limit("zip", "max_total_uncompressed_mb")) * _MB
    if total > max_total:
        raise _unsafe(label, f"{total / _MB:,.0f} MB uncompressed (limit {max_total / _MB:,.0f} MB): zip bomb")


def open_zip(data: bytes, label: str) -> zipfile.ZipFile:
    """Open zip bytes after `check_zip`; a damaged container is "corrupt"."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(label, f"damaged zip container ({exc}); ask for a fresh copy", kind="corrupt") from exc
    check_zip(zf, label)
    return zf


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    """Read one member, never more than it declared (a lying header is a bomb)."""
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise DocumentError(label, f"member {member_name(info)!r} cannot be read ({exc})", kind="corrupt") from exc
    if len(data) > info.file_size:
        raise _unsafe(label, f"member {member_name(info)!r} is larger than its header declares")
    return data


def iter_archive(path: str | Path, *, max_bytes: int | None = None) -> Iterator[tuple[str, bytes]]:
    """Yield (name, bytes) for every document in a zip, walking nested zips (up to `zip.max_depth`).

    The whole archive (and each nested one) is checked before its first member is yielded, so an
    unsafe archive yields nothing. Directory entries and macOS resource forks are not documents and
    are left out; everything else is yielded, to be parsed or to fail with its own error.
    """
    from retrieval.parsers.dispatch import read_checked  # size/empty checks shared with parse_file

    p = Path(path)
    yield from _walk(read_checked(p, max_bytes), str(p), prefix="", depth=0)


def _walk(data: bytes, label: str, *, prefix: str, depth: int) -> Iterator[tuple[str, bytes]]:
    if not is_zip(data):
        raise DocumentError(label, "not a zip archive", kind="unsupported")
    zf = open_zip(data, label)
    skip = tuple(limit("zip", "skip_prefixes"))
    max_depth = int(limit("zip", "max_depth"))
    with zf:
        for info in zf.infolist():
            name = member_name(info)
            if info.is_dir() or name.startswith(skip):
                continue
            content = read_member(zf, info, label)
            full = f"{prefix}{name}"
            if is_zip(content) and _is_plain_zip(content) and depth < max_depth:
                yield from _walk(content, f"{label}!{name}", prefix=f"{full}/", depth=depth + 1)
            else:
                yield full, content


def _is_plain_zip(data: bytes) -> bool:
    """A zip that is a bundle of files, not a zip-based document format (DOCX, OFD, XLSX...)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return False
    return not ({"[Content_Types].xml", "OFD.xml", "mimetype"} & names)
