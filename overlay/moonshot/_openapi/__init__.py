"""The spec layer: the API document, the one door to the generated code, schemas, chat requests."""
