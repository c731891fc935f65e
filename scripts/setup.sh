#!/usr/bin/env bash
# Sets up a fresh machine for development and tests: system packages, then npm packages.
# Users who only want to run the app need just `npm install` and `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  need=""
  # Chromium and CJK fonts for the end-to-end tests; LibreOffice and poppler for the render check.
  for pkg in chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
  fi
fi

if [ -f package-lock.json ]; then npm ci; else npm install; fi
