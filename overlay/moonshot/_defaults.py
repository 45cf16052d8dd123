"""Every default of a setting the caller can change, in one place: retries, timeouts,
backoff, resumes, tool steps, size caps, polling, concurrency, uploads.

Plain constants (no imports), so any module may read them without pulling in others.
The package version is here too; ``pyproject.toml`` reads it from this file. Internal
tuning no caller sets (``create_many``'s pacing, cache sizes) stays beside its code, and
the local server (``moonshot.testing``) has its own settings.
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

# Size caps (max_response_bytes=None keeps them): the most one answer may hold in memory,
# per kind of operation, and the longest line of an event stream or JSONL file.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
DEFAULT_MAX_CHAT_BYTES = 64 * 1024 * 1024  # a completion, or the one a stream assembles
DEFAULT_MAX_FILE_CONTENT_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

# batches.wait: seconds between two status checks.
DEFAULT_POLL_INTERVAL = 5.0
# create_many: requests in flight at most (lowered after 429s).
DEFAULT_MAX_CONCURRENCY = 8
# files.extract_messages: files uploaded and extracted at once.
DEFAULT_EXTRACT_CONCURRENCY = 4

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

# AccountLimits on a shared store: how long a concurrency slot stays taken after its
# holder stops renewing it (a killed process's slots come back within this time).
DEFAULT_LEASE_SECONDS = 10.0
