from enum import StrEnum


class NamespaceToolType(StrEnum):
    NAMESPACE = "namespace"

    def __str__(self) -> str:
        return str(self.value)
