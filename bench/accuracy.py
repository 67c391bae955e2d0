"""Accuracy on a labelled corpus, end to end through a real Dovecot and the real CLI.

    python bench/accuracy.py [CORPUS_DIR]      (default: ../shared/corpus)

Loads the corpus (format: the corpus README) into a fresh Dovecot as one account
(inbox files → INBOX, sent files → Sent), writes a config with my_addresses and
the timezone from labels.json, runs `interview-watcher scan` twice and
`status --json --now T` at each evaluation date, and prints detection precision
and recall, grouping, state, next-nudge and interview-date accuracy per date, and
every miss. The expected interview date is the next interview of the labels' facts
ahead of the evaluation day (known by then), else the latest one that took place.
Exit status 1 when a target is missed (P, R >= 0.97; state, next-nudge, interview
date >= 0.95).
"""

from __future__ import annotations

import email
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.dovecot import Dovecot  # noqa: E402

TARGETS = {"precision": 0.97, "recall": 0.97, "state": 0.95, "next_nudge": 0.95, "interview_date": 0.95}


def load_corpus(corpus: Path) -> tuple[dict[str, Any], dict[str, str], list[tuple[str, bytes, Any]]]:
    labels = json.loads((corpus / "labels.json").read_text())
    owner_of: dict[str, str] = {}  # Message-ID -> slug
    files = []
    for path in sorted((corpus / "mail").glob("*/*.eml")):
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw)
        mid = (msg.get("Message-ID") or "").strip()
        owner_of[mid] = path.parent.name
        folder = "Sent" if path.stem.endswith("sent") else "INBOX"
        files.append((folder, raw, parsedate_to_datetime(msg["Date"])))
    return labels, owner_of, files


def expected_interview_day(facts: dict[str, Any], day: str) -> str | None:
    """The interview `interview_at` must show on `day`: the next one ahead, else the latest past (local dates)."""
    known = [i["on"] for i in facts.get("interviews", []) if i["known_from"] <= day]
    ahead = [on for on in known if on > day]
    if ahead:
        return str(min(ahead))
    return str(max(known)) if known else None


def cli(config: Path, *args: str) -> str:
    cmd = [sys.executable, "-m", "watcher", "--config", str(config), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout


def toml_list(xs: list[str]) -> str:
    return "[" + ", ".join(json.dumps(x) for x in xs) + "]"


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not (corpus / "labels.json").is_file():
        print(f"no corpus at {corpus}")
        return 2
    labels, owner_of, files = load_corpus(corpus)
    interview_slugs = {a["slug"]: a for a in labels["applications"] if a["interview"]}

    with Dovecot.start() as server, tempfile.TemporaryDirectory() as tmp:
        config = _load_and_configure(server, labels, files, Path(tmp))
        failures = _scan_twice(config, len(files))
        grouping_seen: dict[str, set[str]] = defaultdict(set)
        for when in labels["evaluate_at"]:
            failures += _score_day(config, when, owner_of, interview_slugs, grouping_seen)
        failures += _grouping(interview_slugs, grouping_seen)

    print("\n" + ("all targets met" if not failures else "targets missed:\n  " + "\n  ".join(failures)))
    return 1 if failures else 0


def _load_and_configure(
    server: Dovecot, labels: dict[str, Any], files: list[tuple[str, bytes, Any]], tmp: Path
) -> Path:
    """Append the corpus to a fresh Dovecot user; returns a config that reads it with the corpus's policy."""
    user = server.add_user("owner")
    by_folder: dict[str, list[tuple[bytes, Any]]] = defaultdict(list)
    for folder, raw, when in files:
        by_folder[folder].append((raw, when))
    for folder, items in by_folder.items():
        server.append_many(user, folder, items)
    acc = server.account_config(user, name="corpus", security="ssl")
    acc["lookback_days"] = 3650
    config = tmp / "config.toml"
    lines = [
        f'timezone = "{labels["timezone"]}"',
        f"my_addresses = {toml_list(labels['my_addresses'])}",
        "[storage]",
        f'path = "{tmp}/state.db"',
        "[[accounts]]",
    ]
    lines += [f"{k} = {json.dumps(v)}" for k, v in acc.items()]
    lines += ["[policy]"] + [f"{k} = {json.dumps(v)}" for k, v in labels["policy"].items()]
    config.write_text("\n".join(lines) + "\n")
    return config


def _scan_twice(config: Path, n_files: int) -> list[str]:
    """The first scan ingests every message once; the second fetches nothing again."""
    first = cli(config, "scan")
    second = cli(config, "scan")
    print(f"ingest: {n_files} messages in the corpus")
    print(f"  first scan : {first.strip()}")
    print(f"  second scan: {second.strip()}")
    failures: list[str] = []
    if f"{n_files} new" not in first:
        failures.append("first scan did not ingest every message exactly once")
    if " 0 new" not in second:
        failures.append("second scan fetched something again")
    return failures


def _match_applications(
    data: dict[str, Any],
    day: str,
    owner_of: dict[str, str],
    interview_slugs: dict[str, dict[str, Any]],
    grouping_seen: dict[str, set[str]],
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Each listed process matched to the labelled application whose mail it holds most; the rest are extra."""
    ours: dict[str, dict[str, Any]] = {}
    extra: list[str] = []
    for app in data["applications"]:
        votes = Counter(owner_of.get(mid, "?") for t in app["threads"] for mid in t["message_ids"])
        slug, _ = votes.most_common(1)[0]
        if len(votes) > 1:
            extra.append(f"  {app['employer']}: mixes mail of {dict(votes)}")
        grouping_seen[slug].add(app["id"])
        if slug in ours or slug not in interview_slugs or interview_slugs[slug]["expected"].get(day) is None:
            extra.append(f"  listed but not expected: {app['employer']} (mail of {slug}, {app['state']})")
            continue
        ours[slug] = app
    return ours, extra


def _compare(
    expected: dict[str, dict[str, Any]],
    ours: dict[str, dict[str, Any]],
    interview_slugs: dict[str, dict[str, Any]],
    day: str,
) -> tuple[int, int, int, list[str]]:
    """State, next nudge and interview date against the labels: (states right, nudges right, dates right, misses)."""
    state_ok = nudge_ok = date_ok = 0
    misses: list[str] = []
    for slug, exp in sorted(expected.items()):
        got = ours.get(slug)
        if got is None:
            misses.append(f"  missed: {slug} (expected {exp['state']})")
            continue
        if got["state"] == exp["state"] and got["outcome"] == exp["outcome"]:
            state_ok += 1
        else:
            misses.append(
                f"  state: {slug}: got {got['state']}/{got['outcome']}, expected "
                f"{exp['state']}/{exp['outcome']} — {got['reason']}"
            )
        if got["next_nudge_on"] == exp["next_nudge_on"]:
            nudge_ok += 1
        else:
            misses.append(
                f"  next nudge: {slug}: got {got['next_nudge_on']}, expected "
                f"{exp['next_nudge_on']} (nudges {got['nudges_sent']} vs {exp['nudges_sent']})"
            )
        want = expected_interview_day(interview_slugs[slug].get("facts", {}), day)
        have = got["interview_at"][:10] if got["interview_at"] else None
        if have == want:
            date_ok += 1
        else:
            misses.append(f"  interview date: {slug}: got {have}, expected {want}")
    return state_ok, nudge_ok, date_ok, misses


def _checks(expected: dict[str, dict[str, Any]], ours: dict[str, dict[str, Any]]) -> list[str]:
    """ "Check these" (not scored): a doubt on a process expected open costs a look; one on a
    process expected closed that the rules left open is a nudge into a closed door avoided."""
    checks: list[str] = []
    for slug, got in sorted(ours.items()):
        exp = expected.get(slug)
        if exp is None:
            continue
        if got.get("needs_review"):
            checks.append(
                f"  check: {slug} (expected {exp['state']}/{exp['outcome']}, rules say "
                f"{got['state']}): {got.get('review_kind')}: {got.get('review_reason')}"
            )
        elif exp["state"] == "closed" and got["state"] in {"due", "waiting", "cold", "your_turn"}:
            checks.append(f"  closed door: {slug} shown {got['state']} without a check")
    return checks


def _score_day(
    config: Path,
    when: str,
    owner_of: dict[str, str],
    interview_slugs: dict[str, dict[str, Any]],
    grouping_seen: dict[str, set[str]],
) -> list[str]:
    """`status --json` at one evaluation moment, scored and printed; returns the targets it misses."""
    day = when[:10]
    data = json.loads(cli(config, "status", "--json", "--now", when))
    ours, extra = _match_applications(data, day, owner_of, interview_slugs, grouping_seen)
    expected = {s: a["expected"][day] for s, a in interview_slugs.items() if a["expected"].get(day)}
    tp = len(set(ours) & set(expected))
    listed = tp + len(extra)
    precision = tp / listed if listed else 1.0
    recall = tp / len(expected) if expected else 1.0
    state_ok, nudge_ok, date_ok, misses = _compare(expected, ours, interview_slugs, day)
    checks = _checks(expected, ours)
    n = len(expected)
    scores = {
        "precision": precision,
        "recall": recall,
        "state": state_ok / n if n else 1.0,
        "next_nudge": nudge_ok / n if n else 1.0,
        "interview_date": date_ok / n if n else 1.0,
    }
    print(f"\n{when}: {n} expected, {len(data['applications'])} listed")
    print("  " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    for line in extra + misses + checks:
        print(line)
    return [f"{day}: {k} {v:.3f} < {TARGETS[k]}" for k, v in scores.items() if v < TARGETS[k]]


def _grouping(interview_slugs: dict[str, dict[str, Any]], grouping_seen: dict[str, set[str]]) -> list[str]:
    """Each labelled application maps to exactly one process."""
    split = {s: ids for s, ids in grouping_seen.items() if s in interview_slugs and len(ids) > 1}
    grouped = len([s for s in interview_slugs if len(grouping_seen.get(s, ())) == 1])
    print(f"\ngrouping: {grouped}/{len(interview_slugs)} applications map to exactly one process")
    failures: list[str] = []
    for s, ids in split.items():
        print(f"  split: {s} into {len(ids)} processes")
        failures.append(f"grouping: {s} split")
    return failures


if __name__ == "__main__":
    raise SystemExit(main())
