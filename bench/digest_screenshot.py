"""Regenerate docs/digest.png (and docs/digest-dark.png): the demo's HTML digest in headless Chromium.

    python bench/digest_screenshot.py            # needs Debian's `chromium` (apt-get install chromium)

Kept out of the test suite: it needs a browser and its pixels are for people, not asserts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
]  # fmt: skip


def demo_html() -> str:
    """The demo's digest (same mail, same fixed moment), with [drafts] on: the replies wait in the
    demo Maildir's Drafts folder, and the digest says so ("Waiting in Drafts")."""
    from watcher.app.digest import prepare_digest
    from watcher.app.drafts import run_drafts
    from watcher.app.ingest import scan_account
    from watcher.app.pipeline import assess
    from watcher.config import DraftsSettings, load
    from watcher.demo import DEMO_NOW, demo_folder
    from watcher.store.state import Store

    with demo_folder() as folder:
        settings = load(folder / "config.toml")
        settings = settings.model_copy(update={"drafts": DraftsSettings(enabled=True)})
        with Store(settings.storage.path) as store:
            for account in settings.accounts:
                scan_account(settings, store, account)
            for outcome in run_drafts(settings, store, assess(settings, store, DEMO_NOW), DEMO_NOW):
                print(outcome.line())
            return prepare_digest(settings, store, DEMO_NOW).html


def shoot(html_file: Path, png: Path, *, size: str, dark: bool) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        sys.exit("no Chromium found: apt-get install -y chromium")
    with tempfile.TemporaryDirectory(prefix="digest-shot-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={size}"]
        if dark:
            cmd.append("--force-dark-mode")  # prefers-color-scheme: dark, as a dark-mode mail client
        cmd.append(html_file.as_uri())
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    print(f"wrote {png}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    ap.add_argument("--size", default="900,1400")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="digest-html-") as tmp:
        html_file = Path(tmp) / "digest.html"
        html_file.write_text(demo_html(), encoding="utf-8")
        shoot(html_file, args.out / "digest.png", size=args.size, dark=False)
        shoot(html_file, args.out / "digest-dark.png", size=args.size, dark=True)


if __name__ == "__main__":
    main()
