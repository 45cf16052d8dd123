from enum import StrEnum


class KimiK27CodeChatRequestThinkingType(StrEnum):
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
