from enum import StrEnum


class UploadFileBodyPurpose(StrEnum):
    BATCH = "batch"
    FILE_EXTRACT = "file-extract"
    IMAGE = "image"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
