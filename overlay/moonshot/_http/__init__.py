"""HTTP: base clients (each owning its connection pool), the retrying transport and retry
policy, configuration, size and time limits with bounded reads and downloads, rate-limit
headers, error types, request signatures."""
