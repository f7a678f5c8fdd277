"""Typed errors. Messages are written for a credit officer: what failed, where, what to do."""
from __future__ import annotations


class FengtiaoError(Exception):
    """Base of every error fengtiao raises on purpose."""

    code: str = "fengtiao_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"type": self.code, "message": self.message}


class ConfigError(FengtiaoError):
    code = "config_error"


class RuleFileError(ConfigError):
    """A rules file (agent/rules/*.yaml) names something it does not define: the file and the name say what to fix."""

    code = "rule_file_error"

    def __init__(self, file: str, name: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.name = name
        self.reason = reason


class DocumentError(FengtiaoError):
    """A single input file could not be used; the rest of the batch goes on."""

    code = "document_error"

    def __init__(self, file: str, reason: str, *, kind: str = "unreadable") -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.kind = kind

    def to_dict(self) -> dict:
        return {"type": self.code, "kind": self.kind, "file": self.file, "message": self.reason}


class BackendUnavailable(FengtiaoError):
    """The LLM server did not answer usefully (down, timing out, or erroring)."""

    code = "backend_unavailable"

    def __init__(self, url: str, reason: str, *, last_status: int | None = None) -> None:
        hint = "Check that the model server is running and FENGTIAO_LLM_BASE_URL points at it (fengtiao llm check)."
        super().__init__(f"LLM server {url} unavailable: {reason}. {hint}")
        self.url = url
        self.reason = reason
        self.last_status = last_status


class BackendProtocolError(FengtiaoError):
    """The server answered, but not in the OpenAI chat-completions shape."""

    code = "backend_protocol_error"


class PromptError(FengtiaoError):
    """The prompt itself is unusable: empty, or longer than the model's context window."""

    code = "prompt_error"


class StructuredOutputError(FengtiaoError):
    """The model's answer did not match the schema, even after one repair attempt."""

    code = "structured_output_error"

    def __init__(self, message: str, *, raw_text: str, schema: dict | None = None, errors: str = "") -> None:
        super().__init__(message)
        self.raw_text = raw_text
        self.schema = schema
        self.errors = errors


class TenantAccessError(FengtiaoError):
    code = "tenant_access_error"


class NotFound(FengtiaoError):
    code = "not_found"


class InvalidInput(FengtiaoError):
    """A value the caller gave has the wrong shape (a borrower id that is not a credit code, …)."""

    code = "invalid_input"
