from enum import StrEnum


class MessagesMessageParamToolUseType(StrEnum):
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)
