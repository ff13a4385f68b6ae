#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (driven by playwright-core) when it is
# missing; a no-op when /usr/bin/chromium exists. Needs root (CI) or sudo.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
