"""The lines of Batch API files: request lines checked and written as JSONL (``requests``),
result lines of the output and error files read back (``results``).

Shared by ``client.batches`` (``resources/batches.py``) and ``create_many``
(``many_requests/``), which returns the same :class:`~moonshot.BatchResult`.
"""
