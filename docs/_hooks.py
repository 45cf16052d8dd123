"""mkdocs hooks: parts of pages made from the code and the API document at build time."""
