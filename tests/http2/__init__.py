"""Opt-in HTTP/2 against a real HTTP/2 server (hypercorn) on loopback."""
