#!/usr/bin/env bash
# Run a command with no network at all: in a new network namespace holding only the loopback interface, so
# the kernel refuses every connection that would leave the machine (QGIS's own C++ code included), on top of
# the in-process socket block of scripts/offline.py. scripts/run_tests.sh and scripts/demo.sh run through it.
#   bash scripts/no_network.sh COMMAND [ARGS...]
# AGUAPERU_NETNS tells the command where it runs: 1 (namespace), or "unavailable" when the kernel refuses to
# create one (a container without the capability): then the in-process block alone applies, and says so.
set -euo pipefail
if [ "${AGUAPERU_NETNS:-}" = 1 ]; then exec "$@"; fi
if unshare --net true 2>/dev/null; then
  options=(--net)
elif unshare --net --map-root-user true 2>/dev/null; then
  options=(--net --map-root-user)
else
  echo "no_network: this kernel does not allow a network namespace here; the socket block of scripts/offline.py" \
    "alone keeps the run offline" >&2
  AGUAPERU_NETNS=unavailable exec "$@"
fi
export AGUAPERU_NETNS=1
exec unshare "${options[@]}" -- bash -c 'ip link set lo up 2>/dev/null || true; exec "$@"' no_network "$@"
