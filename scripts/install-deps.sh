#!/usr/bin/env bash
# Installs the Debian 12 packages dispatchsim needs, and only those that are missing.
# Does nothing (and needs no network) when everything is present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-fiber-dev libboost-context-dev
  libsqlite3-dev sqlite3
  librapidcheck-dev libgtest-dev libbenchmark-dev
  libfmt-dev libcli11-dev libtomlplusplus-dev nlohmann-json3-dev
  python3
  # The scale-out tests (tests/cluster/) start a one-machine Slurm cluster and GNU parallel, and
  # check the Kubernetes manifests with PyYAML.
  slurm-wlm munge parallel python3-yaml
  # The HTML report test (tests/reports/) opens the report in headless Chromium.
  chromium
  # The real backends (backends/, tests/backends/) start a throwaway redis-server and mariadbd and
  # talk to them through hiredis and MariaDB Connector/C.
  redis-server libhiredis-dev mariadb-server libmariadb-dev
  # make bench measures a sweep worker's peak RSS with GNU time (not Python's getrusage: a child
  # forked from Python keeps Python's own peak RSS across exec).
  time
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "deps: missing ${missing[*]} and not root (no sudo); install them and retry" >&2
    exit 2
  fi
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
