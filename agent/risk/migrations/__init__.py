"""Alembic migrations of the borrower-risk schema (`fengtiao data migrate` runs them to head)."""
