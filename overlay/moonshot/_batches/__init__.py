"""Batches: request lines checked and written as JSONL, result lines read back."""
