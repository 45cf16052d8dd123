from enum import StrEnum


class ResponsesInputContentPartOutputTextType(StrEnum):
    OUTPUT_TEXT = "output_text"

    def __str__(self) -> str:
        return str(self.value)
