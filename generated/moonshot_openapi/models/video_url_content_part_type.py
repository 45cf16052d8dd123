from enum import StrEnum


class VideoUrlContentPartType(StrEnum):
    VIDEO_URL = "video_url"

    def __str__(self) -> str:
        return str(self.value)
