"""Tests of the embedded Gemma backend (agent/llm/local_backend.py, agent/llm/local_model.py)."""
