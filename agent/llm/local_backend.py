"""The embedded backend: Gemma 3 270M (base model) in-process with transformers, no server, no network.

A base model has no chat template, so messages are rendered into a plain-text few-shot transcript
(`prompts/local_chat.md`, `prompts/local_extract.md`) and generation is cut at the next turn marker.
`json_schema=` is enforced token by token with lm-format-enforcer, so the answer is valid JSON for
the schema unless the token budget cuts it (then `generate_structured` repairs or raises).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

from agent.config import Settings
from agent.errors import FengtiaoError, PromptError
from agent.llm import local_model
from agent.llm.base import BackendInfo, ChatResult, Message, StreamChunk, as_messages
from prompts import load_prompt

# Turn markers of the few-shot transcript; they must match the ones written in prompts/local_chat.md.
USER_TAG = "用户："
ASSISTANT_TAG = "助手："
TURN_STOPS = (f"\n{USER_TAG}", f"\n{ASSISTANT_TAG}")
# Gemma's own end markers: <eos>, and <end_of_turn> which the base model sometimes emits after an answer.
END_TOKENS = ("<eos>", "<end_of_turn>")


# -- prompt rendering ----------------------------------------------------------------------------


def render_chat_prompt(messages: list[Message]) -> str:
    """System text as a preface, then `用户：/助手：` turns, ending on an open assistant turn (or its prefill)."""
    system = "\n".join(m.content.strip() for m in messages if m.role == "system" and m.content.strip())
    turns = [m for m in messages if m.role != "system"]
    dialogue = ""
    for m in turns:  # as in the examples: question and answer on adjacent lines, a blank line after each answer
        if m.role == "user":
            dialogue += f"{USER_TAG}{m.content.strip()}\n"
        else:
            dialogue += f"{ASSISTANT_TAG}{m.content.strip()}\n\n"
    if not turns or turns[-1].role != "assistant":
        dialogue += ASSISTANT_TAG
    else:
        dialogue = dialogue.rstrip("\n")  # an assistant prefill: continue it
    # The template file ends with a newline; the model must continue right after the open turn marker.
    return load_prompt("local_chat").rstrip("\n").format(system=f"{system}\n\n" if system else "", dialogue=dialogue)


def describe_fields(schema: dict) -> str:
    """`name（description）` for each top-level property, the way the few-shot examples list them."""
    parts = []
    for name, spec in (schema.get("properties") or {}).items():
        hint = spec.get("description") or spec.get("title") or ""
        hints = [hint] if hint and hint.lower() != name.replace("_", " ").lower() else []
        kind = _json_type(spec)
        if kind not in ("string", None):  # non-strings are named so the model drops quotes and thousands separators
            hints.append(kind)
        parts.append(f"{name}（{', '.join(hints)}）" if hints else name)
    return ", ".join(parts) or json.dumps(schema, ensure_ascii=False)


def _json_type(spec: dict) -> str | None:
    """The property's JSON type, looking through `Optional[...]` (anyOf with null)."""
    if isinstance(spec.get("type"), str):
        return spec["type"]
    for option in spec.get("anyOf") or []:
        if isinstance(option, dict) and option.get("type") not in (None, "null"):
            return option["type"]
    return None


def render_extract_prompt(messages: list[Message], schema: dict) -> str:
    text = "\n\n".join(
        (f"{ASSISTANT_TAG}{m.content.strip()}" if m.role == "assistant" else m.content.strip())
        for m in messages
        if m.content.strip()
    )
    return load_prompt("local_extract").rstrip("\n").format(fields=describe_fields(schema), text=text)


def trim_at_stop(text: str, stops: list[str]) -> tuple[str, bool]:
    """Cut `text` at the earliest stop sequence; say whether one was found."""
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


# -- generation helpers --------------------------------------------------------------------------


def _criteria(tokenizer: Any, prompt_len: int, stops: list[str], cancel: threading.Event, want_json: bool) -> Any:
    """Stop when a stop sequence appears, a JSON answer is complete, or the consumer went away."""
    from transformers import StoppingCriteria, StoppingCriteriaList

    class _Stop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
            if cancel.is_set():
                return True
            text = tokenizer.decode(input_ids[0, prompt_len:], skip_special_tokens=True)
            if any(s in text for s in stops):
                return True
            return want_json and _json_complete(text)

    return StoppingCriteriaList([_Stop()])


def _json_complete(text: str) -> bool:
    tail = text.rstrip()
    if not tail or tail[-1] not in "}]":
        return False
    try:
        json.loads(tail)
    except ValueError:
        return False
    return True


def _json_processor(tokenizer_data: Any, schema: dict, prompt_len: int) -> Any:
    """lm-format-enforcer's core TokenEnforcer as a transformers LogitsProcessor.

    Its bundled transformers integration imports `transformers.tokenization_utils`, which transformers 5 removed,
    so this is the few lines of it we need.
    """
    import torch
    from lmformatenforcer import JsonSchemaParser, TokenEnforcer
    from transformers import LogitsProcessor

    parser = JsonSchemaParser(_every_field_in_order(schema))
    enforcer = TokenEnforcer(tokenizer_data, parser)  # sets parser.config; tighten it afterwards
    # A small model that wants to write something the schema forbids pads with whitespace; allow one space only.
    parser.config.max_consecutive_whitespaces = 1
    parser.config.force_json_field_order = True  # the schema's order is the order the prompt lists the fields in

    class _Enforce(LogitsProcessor):
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            mask = torch.full_like(scores, float("-inf"))
            for row, ids in enumerate(input_ids):
                allowed = enforcer.get_allowed_tokens(ids[prompt_len:].tolist()).allowed_tokens
                mask[row, allowed] = 0.0
            return scores + mask

    return _Enforce()


def _every_field_in_order(schema: dict) -> dict:
    """Require every top-level field (optional ones may still be null) so, with the order forced, the model writes
    each field the prompt lists, in that order; otherwise optional fields would be skipped."""
    if not isinstance(schema.get("properties"), dict):
        return schema
    return {**schema, "required": list(schema["properties"])}


def build_enforcer_tokenizer_data(tokenizer: Any, eos_ids: list[int]) -> Any:
    """Prefix tree over the whole vocabulary for lm-format-enforcer (the slow part: do it once per backend)."""
    from lmformatenforcer import TokenEnforcerTokenizerData

    backend = tokenizer.backend_tokenizer
    special = set(tokenizer.all_special_ids)
    ids = [i for i in range(len(tokenizer)) if i not in special]
    zero = tokenizer.encode("0", add_special_tokens=False)[-1]
    # Decoding after a "0" keeps a word-start token's leading space; lm-format-enforcer relies on that.
    after_zero = backend.decode_batch([[zero, i] for i in ids], skip_special_tokens=False)
    alone = backend.decode_batch([[i] for i in ids], skip_special_tokens=False)
    regular = [(i, a[1:], len(a) - 1 > len(b)) for i, a, b in zip(ids, after_zero, alone)]

    def decode(tokens: list[int]) -> str:
        return tokenizer.decode(tokens).rstrip("\ufffd")

    return TokenEnforcerTokenizerData(regular, decode, eos_ids, False, len(tokenizer))


# -- the backend ---------------------------------------------------------------------------------


class LocalBackend:
    """`LLMBackend` over the embedded model; loads lazily, once per process, and generates one request at a time."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._gen_lock = threading.Lock()  # one CPU model: concurrent generate() calls would only fight for 2 cores
        self._json_lock = threading.Lock()
        self._json_data: Any = None
        self.json_setup_s: float | None = None

    # -- identity / loading ---------------------------------------------------------------------

    @property
    def model_id(self) -> str:
        try:
            label = local_model.gguf_source(self._settings).label
        except FengtiaoError:
            label = local_model.MODEL_LABEL
        return f"{label} (local)"

    @property
    def loaded(self) -> local_model.LoadedModel:
        return local_model.get_local_model(self._settings)

    @property
    def context_window(self) -> int:
        return self.loaded.context_window

    def count_tokens(self, text: str) -> int:
        """Tokens as this model counts them (with its BOS), so budgets match what generate() sees."""
        return len(self.loaded.tokenizer(text).input_ids)

    def _eos_ids(self) -> list[int]:
        tok = self.loaded.tokenizer
        ids = [tok.convert_tokens_to_ids(t) for t in END_TOKENS]
        return [i for i in ids if isinstance(i, int) and i != tok.unk_token_id]

    def _tokenizer_data(self) -> Any:
        with self._json_lock:
            if self._json_data is None:
                started = time.perf_counter()
                self._json_data = build_enforcer_tokenizer_data(self.loaded.tokenizer, self._eos_ids())
                self.json_setup_s = time.perf_counter() - started
            return self._json_data

    # -- request preparation --------------------------------------------------------------------

    def _prepare(
        self, messages: list[Message], max_tokens: int | None, json_schema: dict | None
    ) -> tuple[Any, int, str]:
        msgs = as_messages(messages)
        prompt = render_extract_prompt(msgs, json_schema) if json_schema is not None else render_chat_prompt(msgs)
        budget = max_tokens if max_tokens is not None else self._settings.llm_max_tokens
        if budget < 1:
            raise PromptError(f"max_tokens must be at least 1 (got {budget}).")
        ids = self.loaded.tokenizer(prompt, return_tensors="pt").input_ids
        window = self.context_window
        if ids.shape[1] + budget > window:
            raise PromptError(
                f"The prompt is {ids.shape[1]} tokens; with {budget} tokens reserved for the answer it exceeds the local "
                f"model's {window}-token context window. Shorten or split the document, lower max_tokens, or point "
                "FENGTIAO_LLM_BASE_URL at a larger model."
            )
        return ids, budget, prompt

    def _generate_kwargs(
        self, ids: Any, budget: int, temperature: float, stops: list[str], cancel: threading.Event,
        json_schema: dict | None,
    ) -> dict[str, Any]:
        import torch

        tok = self.loaded.tokenizer
        prompt_len = int(ids.shape[1])
        kwargs: dict[str, Any] = {
            "input_ids": ids,
            "attention_mask": torch.ones_like(ids),
            "max_new_tokens": budget,
            "eos_token_id": self._eos_ids(),
            "pad_token_id": tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id,
            "stopping_criteria": _criteria(tok, prompt_len, stops, cancel, json_schema is not None),
        }
        if temperature > 0:
            kwargs.update(do_sample=True, temperature=temperature, top_k=0, top_p=1.0)
        else:
            kwargs.update(do_sample=False, temperature=None, top_k=None, top_p=None)
        if json_schema is not None:
            from transformers import LogitsProcessorList

            kwargs["logits_processor"] = LogitsProcessorList([_json_processor(self._tokenizer_data(), json_schema, prompt_len)])
        return kwargs

    def _stops(self, stop: list[str] | None, json_schema: dict | None) -> list[str]:
        if json_schema is not None:  # the grammar decides where JSON ends; turn markers could sit inside strings
            return [s for s in (stop or []) if s]
        return [s for s in [*TURN_STOPS, *(stop or [])] if s]

    # -- LLMBackend -----------------------------------------------------------------------------

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        json_schema: dict | None = None,
    ) -> ChatResult:
        started = time.perf_counter()
        ids, budget, _ = self._prepare(messages, max_tokens, json_schema)
        stops = self._stops(stop, json_schema)
        kwargs = self._generate_kwargs(ids, budget, temperature, stops, threading.Event(), json_schema)
        import torch

        with self._gen_lock, torch.inference_mode():
            out = self.loaded.model.generate(**kwargs)
        new = out[0, ids.shape[1]:]
        raw = self.loaded.tokenizer.decode(new, skip_special_tokens=True)
        text, stopped = trim_at_stop(raw, stops)
        ended = stopped or (len(new) > 0 and int(new[-1]) in self._eos_ids()) or len(new) < budget
        return ChatResult(
            text=text.strip(),
            model=self.model_id,
            finish_reason="stop" if ended else "length",
            prompt_tokens=int(ids.shape[1]),
            completion_tokens=int(len(new)),
            latency_s=round(time.perf_counter() - started, 4),
        )

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        stop: list[str] | None = None,
    ) -> Iterator[StreamChunk]:
        """Greedy streaming yields exactly `chat(...).text`: stop sequences and surrounding whitespace are held back."""
        ids, budget, _ = self._prepare(messages, max_tokens, None)  # errors surface before the first chunk
        return self._stream(ids, budget, temperature, self._stops(stop, None))

    def _stream(self, ids: Any, budget: int, temperature: float, stops: list[str]) -> Iterator[StreamChunk]:
        import torch
        from transformers import TextIteratorStreamer

        cancel = threading.Event()
        streamer = TextIteratorStreamer(self.loaded.tokenizer, skip_prompt=True, skip_special_tokens=True)
        kwargs = self._generate_kwargs(ids, budget, temperature, stops, cancel, None)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with self._gen_lock, torch.inference_mode():
                    self.loaded.model.generate(**kwargs, streamer=streamer)
            except BaseException as exc:  # re-raised in the consumer below
                failure.append(exc)
                streamer.end()

        worker = threading.Thread(target=run, name="fengtiao-local-generate", daemon=True)
        worker.start()
        hold = max((len(s) for s in stops), default=1) - 1
        buffer, sent = "", 0
        try:
            for piece in streamer:
                buffer += piece
                cut, stopped = trim_at_stop(buffer, stops)
                ready = (cut if stopped else buffer[: max(0, len(buffer) - hold)]).strip()
                if len(ready) > sent:
                    yield StreamChunk(kind="text", text=ready[sent:])
                    sent = len(ready)
                if stopped:
                    break
            else:
                final = trim_at_stop(buffer, stops)[0].strip()
                if len(final) > sent:
                    yield StreamChunk(kind="text", text=final[sent:])
        finally:
            cancel.set()
            worker.join()
        if failure:
            raise failure[0]

    def check(self) -> BackendInfo:
        """Loads the model (converting it on first use) and generates one token."""
        try:
            loaded = self.loaded
            result = self.chat([Message(role="user", content="你好")], max_tokens=1)
        except FengtiaoError as exc:
            return BackendInfo(backend=self.name, model=self.model_id, ok=False, detail=exc.message, structured_output=True)
        return BackendInfo(
            backend=self.name,
            model=self.model_id,
            ok=True,
            detail=f"loaded from {loaded.cache_dir} in {loaded.load_s:.1f}s; {loaded.context_window}-token context",
            structured_output=True,
            extra={"cache_dir": str(loaded.cache_dir), "context_window": loaded.context_window,
                   "converted_now": loaded.converted, "probe_latency_s": result.latency_s},
        )
