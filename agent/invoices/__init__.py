"""Invoice and receipt extraction, validation and lending flags."""
