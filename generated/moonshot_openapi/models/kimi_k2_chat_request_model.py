from enum import StrEnum


class KimiK2ChatRequestModel(StrEnum):
    KIMI_K2_0711_PREVIEW = "kimi-k2-0711-preview"
    KIMI_K2_0905_PREVIEW = "kimi-k2-0905-preview"
    KIMI_K2_TURBO_PREVIEW = "kimi-k2-turbo-preview"

    def __str__(self) -> str:
        return str(self.value)
