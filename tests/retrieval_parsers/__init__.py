"""Tests of retrieval.parsers: every document format to text plus a position map."""
