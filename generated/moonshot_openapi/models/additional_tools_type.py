from enum import StrEnum


class AdditionalToolsType(StrEnum):
    ADDITIONAL_TOOLS = "additional_tools"

    def __str__(self) -> str:
        return str(self.value)
