from enum import StrEnum


class KimiK27CodeChatRequestModel(StrEnum):
    KIMI_K2_7_CODE = "kimi-k2.7-code"
    KIMI_K2_7_CODE_HIGHSPEED = "kimi-k2.7-code-highspeed"

    def __str__(self) -> str:
        return str(self.value)
