from enum import StrEnum


class ChatRequestBaseToolChoiceType1Type(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
