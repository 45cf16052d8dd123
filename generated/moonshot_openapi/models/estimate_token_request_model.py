from enum import StrEnum


class EstimateTokenRequestModel(StrEnum):
    KIMI_K2_6 = "kimi-k2.6"
    KIMI_K2_7_CODE = "kimi-k2.7-code"
    KIMI_K2_7_CODE_HIGHSPEED = "kimi-k2.7-code-highspeed"
    KIMI_K3 = "kimi-k3"

    def __str__(self) -> str:
        return str(self.value)
