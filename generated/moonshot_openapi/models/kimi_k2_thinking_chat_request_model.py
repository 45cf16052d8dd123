from enum import StrEnum


class KimiK2ThinkingChatRequestModel(StrEnum):
    KIMI_K2_THINKING = "kimi-k2-thinking"
    KIMI_K2_THINKING_TURBO = "kimi-k2-thinking-turbo"

    def __str__(self) -> str:
        return str(self.value)
