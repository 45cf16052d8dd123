from enum import StrEnum


class MessagesStreamEventContentBlockDeltaDeltaType(StrEnum):
    INPUT_JSON_DELTA = "input_json_delta"
    SIGNATURE_DELTA = "signature_delta"
    TEXT_DELTA = "text_delta"
    THINKING_DELTA = "thinking_delta"

    def __str__(self) -> str:
        return str(self.value)
