"""``quotex serve``: the pipeline over HTTP (FastAPI), its pydantic models as request and response bodies."""
