from enum import StrEnum


class MessagesRequestModel(StrEnum):
    KIMI_K3 = "kimi-k3"

    def __str__(self) -> str:
        return str(self.value)
