"""Uploads: upload sources, the streamed multipart body, media content parts, file extraction."""
