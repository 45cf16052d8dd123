from enum import StrEnum


class MessagesStreamEventMessageStopType(StrEnum):
    MESSAGE_STOP = "message_stop"

    def __str__(self) -> str:
        return str(self.value)
