"""HTTP: base clients, the retrying transport, retry policy, connection pool, configuration."""
