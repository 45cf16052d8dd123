"""Streaming: the SSE decoder, typed chunk views, completion assembly, the chat streams."""
