from enum import StrEnum


class FormulaToolListObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
