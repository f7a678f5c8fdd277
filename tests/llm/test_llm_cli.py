"""`fengtiao llm check` against a live (stub) server and `fengtiao llm serve` command building."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
import sys
import socket
import subprocess

import pytest
import typer
from typer.testing import CliRunner

from agent.cli import llm as llm_cli
from agent.llm.vllm_command import vllm_serve_command
from tests.stub_openai_server import running_stub, stub_server  # noqa: F401

runner = CliRunner()


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    app = typer.Typer()
    llm_cli.register(app)

    @app.command("version")
    def version() -> None:  # a second command keeps typer from collapsing the group
        typer.echo("test")

    return app


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_check_reports_model_and_structured_output(cli, stub_server):
    result = runner.invoke(cli, ["llm", "check", "--base-url", stub_server.base_url.removesuffix("/v1")])
    assert result.exit_code == 0, result.output
    out = _flat(result.output)
    assert "up" in out and "model: stub-qwen3-8b" in out and "structured output: yes" in out


def test_check_json_is_machine_readable(cli, stub_server):
    result = runner.invoke(cli, ["llm", "check", "--base-url", stub_server.base_url, "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["ok"] is True and info["model"] == "stub-qwen3-8b" and info["structured_output"] is True
    assert info["extra"]["base_url"] == stub_server.base_url


def test_check_says_when_structured_output_is_broken(cli):
    with running_stub(default_mode="json_invalid") as stub:
        result = runner.invoke(cli, ["llm", "check", "--base-url", stub.base_url])
    assert result.exit_code == 0, result.output
    assert "structured output: NO" in _flat(result.output)


def test_check_exits_non_zero_when_the_server_is_down(cli):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = runner.invoke(cli, ["llm", "check", "--base-url", f"http://127.0.0.1:{port}/v1", "--json"])
    assert result.exit_code == 1
    info = json.loads(result.output)
    assert info["ok"] is False and "cannot connect" in info["detail"]


def test_check_rejects_a_url_that_is_not_http(cli):
    result = runner.invoke(cli, ["llm", "check", "--base-url", "127.0.0.1:8001"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in _flat(result.output)


def test_serve_prints_the_qwen3_reasoning_command(cli):
    result = runner.invoke(cli, ["llm", "serve", "--model", "Qwen/Qwen3-8B"])
    assert result.exit_code == 0, result.output
    command = result.output.splitlines()[0].split()
    assert command[:3] == ["vllm", "serve", "Qwen/Qwen3-8B"]
    pairs = dict(zip(command, command[1:]))  # each flag → the word after it
    assert pairs["--reasoning-parser"] == "qwen3"
    assert pairs["--tool-call-parser"] == "hermes"
    assert pairs["--host"] == "127.0.0.1" and pairs["--port"] == "8001"
    assert pairs["--max-model-len"] == "8192"
    assert pairs["--structured-outputs-config.backend"] == "auto"
    assert "--enable-auto-tool-choice" in command and "--enable-prefix-caching" in command
    assert "FENGTIAO_LLM_BASE_URL=http://127.0.0.1:8001/v1" in result.output


def test_serve_for_a_deepseek_r1_distill_uses_its_parser_and_no_tool_calls():
    cmd = vllm_serve_command("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", port=9000, max_model_len=16384)
    assert cmd.argv[cmd.argv.index("--reasoning-parser") + 1] == "deepseek_r1"
    assert "--tool-call-parser" not in cmd.argv
    assert cmd.base_url == "http://127.0.0.1:9000/v1"


def test_serve_for_an_unknown_family_explains_inline_thinking(cli):
    result = runner.invoke(cli, ["llm", "serve", "--model", "meta-llama/Llama-3.1-8B-Instruct", "--port", "8100"])
    assert result.exit_code == 0
    command, *notes = result.output.splitlines()
    assert "--reasoning-parser" not in command and "--tool-call-parser" not in command
    assert "--port 8100" in command
    assert any("<think>" in note for note in notes)


@pytest.mark.skipif(shutil.which("vllm") is not None, reason="vLLM is installed here: --exec would start it")
def test_serve_exec_without_vllm_says_how_to_install_it(cli):
    result = runner.invoke(cli, ["llm", "serve", "--model", "Qwen/Qwen3-8B", "--exec"])
    assert result.exit_code == 1
    assert "vLLM is not installed" in _flat(result.output) and "pip install '.[gpu]'" in _flat(result.output)


def test_installed_fengtiao_command_prints_the_serve_command():
    # the script sits next to the interpreter running the tests (CI calls .venv/bin/python without activating)
    beside = Path(sys.executable).parent / "fengtiao"
    exe = str(beside) if beside.exists() else shutil.which("fengtiao")
    assert exe, "the fengtiao console script is not installed (pip install -e .)"
    done = subprocess.run([exe, "llm", "serve", "--model", "Qwen/Qwen3-8B"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("vllm serve Qwen/Qwen3-8B ")
