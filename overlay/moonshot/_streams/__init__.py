"""Streaming: the SSE decoder, one stream core for every kind, typed chunk views and
completion assembly for chat, and the typed event streams of Responses and Messages."""
