from enum import StrEnum


class FormulaFiberObject(StrEnum):
    FIBER = "fiber"

    def __str__(self) -> str:
        return str(self.value)
