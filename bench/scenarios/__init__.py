"""One module per benchmark scenario; each exposes ``runners(...)`` or a subprocess worker."""
