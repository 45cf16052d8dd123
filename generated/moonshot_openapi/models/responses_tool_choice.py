from enum import StrEnum


class ResponsesToolChoice(StrEnum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
