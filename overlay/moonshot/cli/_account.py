"""``moonshot models`` and ``moonshot balance``."""

from __future__ import annotations

import argparse

from .. import Moonshot

__all__ = ["run_account"]


def _flag(value: object) -> str:
    return "yes" if value is True else "-"


def run_account(client: Moonshot, args: argparse.Namespace) -> int:
    if args.command == "models":
        print(f"{'MODEL':<34} {'CONTEXT':>8}  IMAGE  VIDEO  REASONING")
        listed = client.models.list().data
        for model in listed if isinstance(listed, list) else []:
            context = model.context_length if isinstance(model.context_length, int) else "?"
            print(
                f"{model.id:<34} {context:>8}  {_flag(model.supports_image_in):<5}  "
                f"{_flag(model.supports_video_in):<5}  {_flag(model.supports_reasoning)}"
            )
        return 0
    data = client.balance.retrieve().data
    print(f"available  {data.available_balance:>12.5f} USD")
    print(f"voucher    {data.voucher_balance:>12.5f} USD")
    print(f"cash       {data.cash_balance:>12.5f} USD")
    return 0
