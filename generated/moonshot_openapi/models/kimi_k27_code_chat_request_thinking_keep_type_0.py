from enum import StrEnum


class KimiK27CodeChatRequestThinkingKeepType0(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
