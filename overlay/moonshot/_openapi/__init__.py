"""The spec layer: the API document and its documented extensions, the one door to the
generated code, schema checks, MFJS, request checks, and reading answers."""
