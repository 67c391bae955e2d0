#!/usr/bin/env bash
# Install everything the tests need, then run them.
#   - Debian packages: dovecot-imapd (real IMAP server), systemd (systemd-analyze), openssl
#   - a virtualenv in .venv with the project and its [test] extras
#   - .venv/wheelhouse: wheels of the project's dependencies (and of its build backend), fetched
#     once per pyproject.toml, from which the clean-virtualenv test installs without the network
# Extra arguments go to pytest, e.g.  scripts/test.sh -k policy
set -euo pipefail
cd "$(dirname "$0")/.."

apt_needed=()
[ -x /usr/sbin/dovecot ] || apt_needed+=(dovecot-imapd)
command -v systemd-analyze >/dev/null 2>&1 || apt_needed+=(systemd)
command -v openssl >/dev/null 2>&1 || apt_needed+=(openssl)
if [ ${#apt_needed[@]} -gt 0 ]; then
  echo "test setup: installing ${apt_needed[*]} (Debian packages)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${apt_needed[@]}" >/dev/null
fi
# Dovecot's packaged service is not needed: the tests start their own instances.
if command -v systemctl >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  systemctl disable --now dovecot >/dev/null 2>&1 || true
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "test setup: creating .venv"
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

# The clean-virtualenv test (tests/test_demo.py) installs the built wheel WITH its dependencies,
# as a new user's `pip install .` does; it takes them from here instead of the network.
wheelhouse=.venv/wheelhouse
stamp="$wheelhouse/.pyproject-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "test setup: fetching the dependencies' wheels into $wheelhouse (once per pyproject.toml)"
  rm -rf "$wheelhouse"
  .venv/bin/python -m pip wheel -q -w "$wheelhouse" . 'setuptools>=68' wheel
  rm -f "$wheelhouse"/interview_watcher-*.whl
  touch "$stamp"
fi
export INTERVIEW_WATCHER_TEST_WHEELHOUSE="$PWD/$wheelhouse"

echo "test setup: ruff (lint, complexity, format) and mypy --strict (watcher, tests, bench)"
.venv/bin/ruff check watcher tests bench
.venv/bin/ruff format --check watcher tests bench
.venv/bin/mypy  # the files and the strictness are in pyproject.toml's [tool.mypy]

exec .venv/bin/python -m pytest "$@"
