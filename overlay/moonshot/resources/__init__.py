"""The API's resources, one module each, sync and async side by side."""
