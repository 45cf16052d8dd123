from enum import StrEnum


class ResponsesResponseObject(StrEnum):
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
