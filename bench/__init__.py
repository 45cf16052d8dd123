"""Side-by-side benchmarks: this client vs the ``openai`` SDK vs raw httpx2 (``make bench``)."""
