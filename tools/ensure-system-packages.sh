#!/usr/bin/env bash
# Installs the Debian packages cmkit builds against when they are missing: with apt-get when run as
# root, otherwise prints the exact command and stops. Usage: ensure-system-packages.sh PKG...
set -euo pipefail
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "cmkit: not a Debian-like system; make sure these are installed: $*" >&2
  exit 0
fi
missing=()
for pkg in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "cmkit: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "cmkit: these Debian packages are missing: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  echo "then run make again." >&2
  exit 1
fi
