from enum import StrEnum


class KimiK26ChatRequestModel(StrEnum):
    KIMI_K2_6 = "kimi-k2.6"

    def __str__(self) -> str:
        return str(self.value)
