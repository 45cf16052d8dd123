"""Python client for the Moonshot AI (Kimi) API."""

__version__ = "0.1.0"
