"""Every default of the client in one place: retries, timeouts, backoff, resumes, uploads.

Plain constants (no imports), so any module may read them without pulling in others.
The package version is here too; ``pyproject.toml`` reads it from this file.
"""

VERSION = "0.2.0"
"""This package's version (``moonshot.__version__``)."""

DEFAULT_BASE_URL = "https://api.moonshot.ai"

# Retries: how many after the first try, and the exponential backoff between them
# (from DEFAULT_INITIAL_BACKOFF doubling to DEFAULT_MAX_BACKOFF, with jitter).
DEFAULT_MAX_RETRIES = 2
DEFAULT_INITIAL_BACKOFF = 0.5
DEFAULT_MAX_BACKOFF = 8.0
# A server-requested wait (Retry-After, retry-after-ms) longer than this is not waited for.
DEFAULT_MAX_RETRY_AFTER = 60.0

# Thinking models can take minutes before the first byte; connecting should not.
DEFAULT_READ_TIMEOUT = 600.0
DEFAULT_CONNECT_TIMEOUT = 5.0

# How many model turns run_tools takes before MaxStepsExceededError.
DEFAULT_MAX_STEPS = 10

# How often a broken stream is re-sent with resume=True (Partial Mode).
DEFAULT_MAX_RESUMES = 2

# Uploads are streamed from disk in pieces of this size.
UPLOAD_CHUNK_SIZE = 64 * 1024
# "Each file must not exceed 100 MB" (the Note on the Upload File page of Moonshot's
# API documentation, platform.kimi.ai/docs). The API document has no machine-readable
# limit. Read as MiB so that the check never rejects a file the
# server would take.
MAX_UPLOAD_BYTES = 100 * 1024 * 1024
# The same page: at most 1,000 files and 10 GB in all per user (the local server applies them).
MAX_UPLOAD_FILES = 1000
MAX_UPLOAD_TOTAL_BYTES = 10 * 1024 * 1024 * 1024
