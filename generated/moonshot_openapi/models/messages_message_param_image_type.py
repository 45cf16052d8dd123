from enum import StrEnum


class MessagesMessageParamImageType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
