from enum import StrEnum


class ResponsesOutputCustomToolCallItemType(StrEnum):
    CUSTOM_TOOL_CALL = "custom_tool_call"

    def __str__(self) -> str:
        return str(self.value)
