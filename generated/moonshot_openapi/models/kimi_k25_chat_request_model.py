from enum import StrEnum


class KimiK25ChatRequestModel(StrEnum):
    KIMI_K2_5 = "kimi-k2.5"

    def __str__(self) -> str:
        return str(self.value)
