"""Benchmark the embedded LLM backend: `python bench/llm_local.py [--out bench/results/llm_local.json]`.

Each phase runs in its own fresh process, so load times are cold and peak RSS belongs to that phase:
- convert: GGUF → our safetensors cache in an empty temp data dir (what the first start pays);
- gguf_load: the plain transformers path, `from_pretrained(dir, gguf_file=...)`, the peer we compare with;
- cached: our cached load, then greedy generation (~200-token prompt, 64 new tokens), time to first
  streamed chunk, and JSON-schema-constrained generation (lm-format-enforcer) tokens/s.
Results: a rich table and a JSON file.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "llm_local.json"
NEW_TOKENS = 64
# A realistic ~200-token question over a contract clause (Gemma tokens, with the few-shot frame added on top).
CONTRACT = (
    "借款合同第三条 借款利率与利息：本合同项下借款年利率为百分之十五点四，按月计息，每月二十日为结息日。"
    "借款人应于每个结息日支付当期利息，到期一次性归还本金。借款人未按约定期限归还借款的，出借人有权自逾期之日起"
    "按借款利率加收百分之五十计收罚息，并有权要求保证人承担连带保证责任。第四条 担保：保证人宁波恒达贸易有限公司"
    "自愿为借款人在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期限届满之日起三年。"
)
QUESTION = "这份借款合同约定的年利率是多少？逾期后如何计收罚息？保证人承担什么责任？"
INVOICE = (
    "增值税电子普通发票 发票号码：24332000000087654321 开票日期：2024年06月18日\n"
    "购买方名称：温州市瓯海区新锐鞋业有限公司 销售方名称：台州市黄岩区恒泰塑料制品厂\n"
    "价税合计（大写）叁万叁仟玖佰元整（小写）¥33900.00"
)


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _settings(data_dir: str, threads: int):  # noqa: ANN202 - imported lazily inside the child
    from agent.config import Settings

    return Settings(data_dir=Path(data_dir), llm_backend="local", local_threads=threads)


def phase_convert(data_dir: str, threads: int) -> dict:
    import torch

    from agent.llm import local_model

    torch.set_num_threads(threads)
    started = time.perf_counter()
    cache_dir, convert_s = local_model.ensure_cached(_settings(data_dir, threads))
    return {"convert_s": round(time.perf_counter() - started, 2), "converted": convert_s is not None,
            "cache_mb": round(sum(p.stat().st_size for p in cache_dir.iterdir()) / 2**20, 1),
            "peak_rss_mb": _peak_rss_mb()}


def phase_gguf_load(work_dir: str, threads: int) -> dict:
    import torch

    from agent.llm import local_model

    torch.set_num_threads(threads)
    settings = _settings(work_dir, threads)
    gguf = local_model.materialise_gguf(local_model.gguf_source(settings), Path(work_dir))
    started = time.perf_counter()
    local_model.load_from_gguf(gguf)
    return {"load_s": round(time.perf_counter() - started, 2), "gguf_mb": round(gguf.stat().st_size / 2**20, 1),
            "peak_rss_mb": _peak_rss_mb()}


def phase_cached(data_dir: str, threads: int) -> dict:
    import torch
    from pydantic import BaseModel, Field

    from agent.llm.base import Message
    from agent.llm.local_backend import LocalBackend, render_chat_prompt, render_extract_prompt

    class InvoiceHead(BaseModel):
        invoice_number: str = Field(description="发票号码")
        issue_date: str = Field(description="开票日期")
        buyer: str = Field(description="购买方名称")
        total: float = Field(description="价税合计小写金额")

    backend = LocalBackend(_settings(data_dir, threads))
    started = time.perf_counter()
    loaded = backend.loaded  # lazy: the first use loads the cached model
    load_s = time.perf_counter() - started
    assert not loaded.converted, "the convert phase should have left a complete cache"
    model, tok = loaded.model, loaded.tokenizer

    msgs = [Message(role="user", content=f"{CONTRACT}\n{QUESTION}")]
    ids = tok(render_chat_prompt(msgs), return_tensors="pt").input_ids
    with torch.inference_mode():
        model.generate(ids[:, :16], max_new_tokens=2, do_sample=False)  # warm-up: first-call allocations
        t0 = time.perf_counter()
        model(ids)
        prefill_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=NEW_TOKENS,
                             min_new_tokens=NEW_TOKENS, do_sample=False)
        gen_s = time.perf_counter() - t0
    new = out.shape[1] - ids.shape[1]

    t0 = time.perf_counter()
    ttft_s = None
    streamed = 0
    for _chunk in backend.stream(msgs, max_tokens=32):
        if ttft_s is None:
            ttft_s = time.perf_counter() - t0
        streamed += 1

    t0 = time.perf_counter()
    backend._tokenizer_data()
    json_setup_s = time.perf_counter() - t0
    schema = InvoiceHead.model_json_schema()
    json_msgs = [Message(role="user", content=INVOICE)]
    result = backend.chat(json_msgs, json_schema=schema, max_tokens=120)
    # The same extraction prompt and token count without the grammar: what the constraint costs.
    x = tok(render_extract_prompt(json_msgs, schema), return_tensors="pt").input_ids
    k = max(1, result.completion_tokens or 1)
    t0 = time.perf_counter()
    with torch.inference_mode():
        model.generate(x, attention_mask=torch.ones_like(x), max_new_tokens=k, min_new_tokens=k, do_sample=False)
    plain_s = time.perf_counter() - t0
    return {
        "load_s": round(load_s, 2),
        "prompt_tokens": int(ids.shape[1]),
        "new_tokens": int(new),
        "prefill_s": round(prefill_s, 2),
        "greedy_tokens_per_s": round(new / gen_s, 2),
        "decode_tokens_per_s": round(new / max(gen_s - prefill_s, 1e-6), 2),
        "stream_ttft_s": round(ttft_s or 0.0, 3),
        "stream_chunks": streamed,
        "json_setup_s": round(json_setup_s, 2),
        "json_prompt_tokens": result.prompt_tokens,
        "json_tokens": result.completion_tokens,
        "json_tokens_per_s": round((result.completion_tokens or 0) / result.latency_s, 2),
        "json_valid": _is_json(result.text),
        "json_text": result.text,
        "same_prompt_unconstrained_tokens_per_s": round(k / plain_s, 2),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _run(fn, *args) -> dict:  # noqa: ANN001
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (FENGTIAO_LOCAL_THREADS)")
    args = parser.parse_args()
    console = Console()

    with tempfile.TemporaryDirectory(prefix="fengtiao-bench-llm-") as tmp:
        data_dir, gguf_dir = Path(tmp, "data"), Path(tmp, "gguf")
        gguf_dir.mkdir()
        console.print("[bold]1/3[/] converting the GGUF into an empty data dir …")
        convert = _run(phase_convert, str(data_dir), args.threads)
        console.print("[bold]2/3[/] plain transformers GGUF load (peer) …")
        peer = _run(phase_gguf_load, str(gguf_dir), args.threads)
        console.print("[bold]3/3[/] cached load, generation, streaming, JSON …")
        cached = _run(phase_cached, str(data_dir), args.threads)

    results = {
        "model": "gemma-3-270m-q4_k_m (local)",
        "machine": {"cpus": os.cpu_count(), "threads": args.threads, "python": platform.python_version(),
                    "load_avg_at_end": [round(x, 2) for x in os.getloadavg()]},
        "convert": convert,
        "gguf_load_peer": peer,
        "cached": cached,
        "cached_vs_gguf_load_speedup": round(peer["load_s"] / max(cached["load_s"], 1e-6), 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")

    table = Table(title=f"Embedded LLM ({results['model']}, {args.threads} threads)")
    table.add_column("measure")
    table.add_column("ours (cached)", justify="right")
    table.add_column("plain GGUF load", justify="right")
    table.add_row("load time (s)", str(cached["load_s"]), str(peer["load_s"]))
    table.add_row("peak RSS (MB)", str(cached["peak_rss_mb"]), str(peer["peak_rss_mb"]))
    table.add_row("one-time conversion (s)", str(convert["convert_s"]), "— (paid on every load)")
    table.add_row("conversion peak RSS (MB)", str(convert["peak_rss_mb"]), "")
    table.add_row("cache / GGUF size (MB)", str(convert["cache_mb"]), str(peer["gguf_mb"]))
    table.add_row(f"greedy tokens/s ({cached['prompt_tokens']}-tok prompt, {NEW_TOKENS} new)",
                  str(cached["greedy_tokens_per_s"]), "")
    table.add_row("decode-only tokens/s", str(cached["decode_tokens_per_s"]), "")
    table.add_row("stream time to first chunk (s)", str(cached["stream_ttft_s"]), "")
    table.add_row("JSON-constrained tokens/s", str(cached["json_tokens_per_s"]), "")
    table.add_row("same prompt unconstrained tokens/s", str(cached["same_prompt_unconstrained_tokens_per_s"]), "")
    table.add_row("JSON tokenizer-data build (s, once)", str(cached["json_setup_s"]), "")
    table.add_row("JSON output valid", str(cached["json_valid"]), "")
    console.print(table)
    console.print(f"load average at end: {results['machine']['load_avg_at_end']} — results in {args.out}")


if __name__ == "__main__":
    main()
