"""``moonshot.formula(uri)``: a Kimi official tool (formula) for ``run_tools``.

Its declarations are fetched once per run (``GET /v1/formulas/{uri}/tools``); each call
the model makes of one of them runs as a fiber (``POST .../fibers``) and the fiber's
result goes back as the tool message: ``encrypted_output`` unchanged, a failed fiber as
``Error: ...`` text the model can read (the official-tools page's own handling).
"""

from __future__ import annotations

from dataclasses import dataclass

from .._openapi.formulas import normalize_uri, uri_parts

__all__ = ["Formula", "formula"]


@dataclass(frozen=True)
class Formula:
    """A formula for ``tools=[...]`` of ``run_tools``; ``uri`` is normalised."""

    uri: str

    def __str__(self) -> str:
        return self.uri


def formula(uri: str) -> Formula:
    """Formula ``uri`` (``date`` means ``moonshot/date:latest``) as a tool of ``run_tools``.

    Raises :class:`moonshot.ValidationError` naming ``uri`` when it is not a formula URI.
    """
    uri_parts(uri)
    return Formula(normalize_uri(uri))
