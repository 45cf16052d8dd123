"""Side-by-side benchmarks: this client vs the ``openai`` SDK vs raw httpx (``make bench``)."""
