from enum import StrEnum


class ResponsesCustomToolCallItemType(StrEnum):
    CUSTOM_TOOL_CALL = "custom_tool_call"

    def __str__(self) -> str:
        return str(self.value)
