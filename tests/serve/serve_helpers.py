"""Values shared by the server fixture and the server tests."""

LIMITS = {"max_text_chars": 4000, "max_batch": 4, "max_body_bytes": 32_000}
