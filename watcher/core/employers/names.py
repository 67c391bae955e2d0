"""Organisation names: normal forms, matching a domain label, the employer a display name names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from watcher.core.reading.lexicon import alternation

__all__ = ["display_employer", "fold_name", "name_forms", "name_matches_label", "norm_name", "norm_words"]

# "Acme Talent via Greenhouse": the service that relays an employer's mail, and all after it.
_VIA_TAIL = re.compile(r"\s+(" + alternation("VIA") + r")\s+.*$", re.I)
_CACHE = 8192  # distinct names per scan: a few hundred

_LEGAL = re.compile(
    r"\b(gmbh|ag|kg|se|inc|llc|ltd|limited|corp|corporation|co|company|plc|sa|sas|sarl|sl|slu|srl"
    r"|spa|bv|nv|ab|oy|as|aps|pty|n\.?a)\.?$",
    re.I,
)
_TEAM_WORDS = re.compile(r"\b(" + alternation("TEAM_WORDS") + r")\s*$", re.I)


def _fold(text: str) -> str:
    if text.isascii():
        return text  # no ASCII character decomposes or combines: the same text, without the walk
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# "Pell & Garrick", "Pell and Garrick", "Pell und Garrick", "Pell et Garrick", "Pell e Garrick", "Pell y
# Garrick": one name. The joining word between two words of a name, in every language we read.
_CONNECTOR = re.compile(r"(?<=[\w.])\s*(?:&|\+)\s*(?=\w)|(?<=\w)\s+(?:and|und|et|e|y|n|en|ed)\s+(?=\w)", re.I)
_CONNECTOR_WORDS = ("and", "und", "et", "e", "y", "en")


def norm_words(text: str) -> str:
    """Lower case without accents, spaces kept: "Zoë Müller" → "zoe muller"."""
    return _fold(text).lower()


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _norm(s: str) -> str:
    s = _fold(s).strip().rstrip(".,;")
    for _ in range(2):
        s = _LEGAL.sub("", s).strip().rstrip(",")
    return _NOT_ALNUM.sub("", s.lower())


def fold_name(text: str) -> str:
    """`norm_name` without its cache, for one-off texts (a subject, a body) that would only churn it."""
    return _norm(_CONNECTOR.sub(" ", text))


@lru_cache(maxsize=_CACHE)
def norm_name(name: str) -> str:
    """Lower-case letters and digits only, legal form and joining word dropped.

    "Acme-Robotics GmbH" → "acmerobotics"; "Pell & Garrick" and "Pell and Garrick" → "pellgarrick".
    """
    return _norm(_CONNECTOR.sub(" ", name))


@lru_cache(maxsize=_CACHE)
def name_forms(name: str) -> frozenset[str]:
    """Every way a domain may spell a name: the joining word dropped, or written as one of its words.

    "Pell & Garrick" → {"pellgarrick", "pellandgarrick", "pellundgarrick", "pelletgarrick", ...}.
    """
    forms = {norm_name(name)}
    if _CONNECTOR.search(name):
        forms |= {_norm(_CONNECTOR.sub(f" {w} ", name)) for w in _CONNECTOR_WORDS}
    forms.discard("")
    return frozenset(forms)


@lru_cache(maxsize=_CACHE)
def name_matches_label(name: str, label: str) -> bool:
    """Does an organisation name fit a domain label ("Acme Robotics" ~ ``acmerobotics``)?"""
    lab = _norm(label)
    if not lab:
        return False
    for n in name_forms(name):
        if n == lab:
            return True
        short, long_ = sorted((n, lab), key=len)
        if len(short) >= 4 and long_.startswith(short):
            return True
    return False


def _strip_team(name: str) -> str:
    s = name.strip()
    for _ in range(3):
        new = _TEAM_WORDS.sub("", s).strip(" -–—|,·:")
        if new == s:
            break
        s = new
    return s


@lru_cache(maxsize=_CACHE)
def display_employer(display_name: str, vendor: str | None = None) -> str | None:
    """The employer a display name names: "Acme Talent Team via Greenhouse" → "Acme"."""
    name = " ".join(display_name.split()).strip("\"' ")
    if not name:
        return None
    m = re.search(r"\(([^()]+)\)\s*$", name)  # "Sam Whitaker (Acme Health)"
    if m:
        inner = m.group(1).strip()
        if not (vendor and norm_name(inner) == norm_name(vendor)):
            return _strip_team(inner) or None
        name = name[: m.start()].strip()
    name = _VIA_TAIL.sub("", name)
    if vendor:
        name = re.sub(rf"\b{re.escape(vendor)}\b", "", name, flags=re.I).strip(" -–—|,·:")
    m = re.search(r"\s+(?:at|@|from|bei|de|chez)\s+(.+)$", name)  # "Devon Price at Acme Travel"
    if m:
        name = m.group(1)
    name = _strip_team(name)
    if not name or (vendor and norm_name(name) == norm_name(vendor)):
        return None
    return name
