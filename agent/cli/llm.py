"""`fengtiao llm …`: is the model server up, and how to start one."""
from __future__ import annotations

import os

import typer
from rich.console import Console
from rich.markup import escape

from agent.config import get_settings
from agent.errors import FengtiaoError
from agent.llm.registry import create_backend
from agent.llm.vllm_command import STRUCTURED_BACKENDS, vllm_executable, vllm_serve_command

llm_app = typer.Typer(help="The language model: check the server, print the vLLM command.", no_args_is_help=True)
console = Console()


def register(app: typer.Typer) -> None:
    app.add_typer(llm_app, name="llm")


@llm_app.command("serve")
def serve(
    model: str = typer.Option(..., "--model", "-m", help="Hugging Face id or local path, e.g. Qwen/Qwen3-8B"),
    port: int = typer.Option(8001, help="Port for the OpenAI-compatible API"),
    host: str = typer.Option("127.0.0.1", help="Listen address (keep 127.0.0.1 unless you also set --api-key)"),
    max_model_len: int = typer.Option(None, help="Context window in tokens (default: FENGTIAO_LLM_CONTEXT_WINDOW)"),
    reasoning_parser: str = typer.Option(None, help="Override the reasoning parser the model family suggests"),
    tool_call_parser: str = typer.Option(None, help="Override the tool-call parser the model family suggests"),
    structured_backend: str = typer.Option("auto", help=f"Structured-outputs backend: {', '.join(STRUCTURED_BACKENDS)}"),
    run: bool = typer.Option(False, "--exec", help="Start vLLM now instead of printing the command"),
) -> None:
    """Print (or run) the recommended `vllm serve` command for a reasoning model."""
    try:
        cmd = vllm_serve_command(
            model, port=port, host=host, max_model_len=max_model_len or get_settings().llm_context_window,
            reasoning_parser=reasoning_parser, tool_call_parser=tool_call_parser, structured_backend=structured_backend,
        )
    except FengtiaoError as exc:
        console.print(f"[red]{escape(exc.message)}[/red]")
        raise typer.Exit(2) from None
    if not run:
        typer.echo(cmd.shell)
        typer.echo(f"# then: export FENGTIAO_LLM_BASE_URL={cmd.base_url} FENGTIAO_LLM_MODEL={cmd.model}")
        for note in cmd.notes:
            typer.echo(f"# {note}")
        return
    executable = vllm_executable()
    if executable is None:
        console.print(
            "[red]vLLM is not installed here.[/red] It needs an NVIDIA GPU; install it with "
            "[bold]pip install '.\\[gpu]'[/bold] (or run the printed command on the GPU machine)."
        )
        raise typer.Exit(1)
    console.print(f"starting: {escape(cmd.shell)}")
    os.execv(executable, [executable, *cmd.argv[1:]])


@llm_app.command("check")
def check(
    base_url: str = typer.Option(None, "--base-url", help="OpenAI-compatible endpoint (default: FENGTIAO_LLM_BASE_URL)"),
    model: str = typer.Option(None, "--model", help="Model name to expect (default: FENGTIAO_LLM_MODEL or the first served)"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """Does the model server answer, which model does it serve, does structured output work? Exit 1 when down."""
    settings = get_settings()
    updates: dict[str, object] = {}
    if base_url:
        updates.update(llm_base_url=base_url, llm_backend="openai")
    if model:
        updates["llm_model"] = model
    settings = settings.model_copy(update=updates)
    try:
        info = create_backend(settings.llm_backend, settings).check()
    except FengtiaoError as exc:
        console.print(f"[red]{escape(exc.message)}[/red]")
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(info.model_dump_json(indent=2))
    else:
        state = "[green]up[/green]" if info.ok else "[red]DOWN[/red]"
        where = info.extra.get("base_url", info.backend)
        console.print(f"{state}  backend={info.backend}  endpoint={escape(str(where))}")
        console.print(f"model: {escape(info.model or '-')}")
        if info.extra.get("models"):
            console.print(f"served models: {escape(', '.join(info.extra['models']))}")
        if info.structured_output is not None:
            console.print(f"structured output: {'yes' if info.structured_output else 'NO'}")
        if info.detail:
            console.print(info.detail, markup=False, soft_wrap=True)
    if not info.ok:
        raise typer.Exit(1)
