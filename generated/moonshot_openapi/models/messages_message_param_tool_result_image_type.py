from enum import StrEnum


class MessagesMessageParamToolResultImageType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
