from enum import StrEnum


class KimiK3ChatRequestModel(StrEnum):
    KIMI_K3 = "kimi-k3"

    def __str__(self) -> str:
        return str(self.value)
