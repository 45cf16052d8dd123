from enum import StrEnum


class MoonshotV1ChatRequestModel(StrEnum):
    MOONSHOT_V1_128K = "moonshot-v1-128k"
    MOONSHOT_V1_128K_VISION_PREVIEW = "moonshot-v1-128k-vision-preview"
    MOONSHOT_V1_32K = "moonshot-v1-32k"
    MOONSHOT_V1_32K_VISION_PREVIEW = "moonshot-v1-32k-vision-preview"
    MOONSHOT_V1_8K = "moonshot-v1-8k"
    MOONSHOT_V1_8K_VISION_PREVIEW = "moonshot-v1-8k-vision-preview"
    MOONSHOT_V1_AUTO = "moonshot-v1-auto"

    def __str__(self) -> str:
        return str(self.value)
