"""``moonshot files upload|list|delete|extract``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import Moonshot
from ._progress import ProgressBar, human_bytes

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import UploadFilePurpose

__all__ = ["run_files"]


def _upload(client: Moonshot, path: Path, purpose: UploadFilePurpose) -> str:
    bar = ProgressBar(f"uploading {path.name}")

    def progress(sent: int, total: int | None) -> None:
        size = total or path.stat().st_size
        bar.update(sent, size, f"{human_bytes(sent)} / {human_bytes(size)}")

    try:
        uploaded = client.files.create(path, purpose, on_progress=progress)
    finally:
        bar.finish()
    details = f" ({uploaded.status_details})" if isinstance(uploaded.status_details, str) else ""
    sys.stderr.write(f"uploaded {uploaded.filename}: {uploaded.status}{details}\n")
    return str(uploaded.id)


def run_files(client: Moonshot, args: argparse.Namespace) -> int:
    if args.files_command == "upload":
        for name in args.paths:
            print(_upload(client, Path(name), args.purpose))
    elif args.files_command == "list":
        for item in client.files.list().data:
            created = datetime.fromtimestamp(item.created_at, UTC).strftime("%Y-%m-%d %H:%M")
            print(
                f"{item.id}  {human_bytes(item.bytes):>9}  {created}  "
                f"{item.purpose:<12}  {item.status:<6}  {item.filename}"
            )
    elif args.files_command == "delete":
        for file_id in args.ids:
            client.files.delete(file_id)
            print(f"deleted {file_id}")
    elif args.files_command == "extract":
        path = Path(args.target)
        if path.is_file():
            file_id = _upload(client, path, "file-extract")
            try:
                sys.stdout.write(client.files.content(file_id).text)
            finally:
                if not args.keep:
                    client.files.delete(file_id)
        else:
            sys.stdout.write(client.files.content(args.target).text)
        sys.stdout.write("\n")
    return 0
