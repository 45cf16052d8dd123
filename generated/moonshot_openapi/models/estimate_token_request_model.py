from enum import StrEnum


class EstimateTokenRequestModel(StrEnum):
    KIMI_K2_0711_PREVIEW = "kimi-k2-0711-preview"
    KIMI_K2_0905_PREVIEW = "kimi-k2-0905-preview"
    KIMI_K2_5 = "kimi-k2.5"
    KIMI_K2_6 = "kimi-k2.6"
    KIMI_K2_TURBO_PREVIEW = "kimi-k2-turbo-preview"
    MOONSHOT_V1_128K = "moonshot-v1-128k"
    MOONSHOT_V1_128K_VISION_PREVIEW = "moonshot-v1-128k-vision-preview"
    MOONSHOT_V1_32K = "moonshot-v1-32k"
    MOONSHOT_V1_32K_VISION_PREVIEW = "moonshot-v1-32k-vision-preview"
    MOONSHOT_V1_8K = "moonshot-v1-8k"
    MOONSHOT_V1_8K_VISION_PREVIEW = "moonshot-v1-8k-vision-preview"
    MOONSHOT_V1_AUTO = "moonshot-v1-auto"

    def __str__(self) -> str:
        return str(self.value)
