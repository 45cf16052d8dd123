"""List the models (with context lengths) and show the account balance."""

from __future__ import annotations

from _common import connect, heading
from moonshot import Moonshot


def run(client: Moonshot) -> None:
    heading("Models and balance")
    for model in client.models.list().data:
        thinks = "reasoning" if model.supports_reasoning is True else ""
        print(f"  {model.id:<34} {model.context_length:>7} tokens  {thinks}")
    balance = client.balance.retrieve().data
    print(f"  balance: {balance.available_balance:.2f} USD available")


if __name__ == "__main__":
    with connect() as c:
        run(c)
