#!/usr/bin/env bash
# Print a one-line apt source for bookworm-backports built from the mirror URI that is already
# configured on this machine (deb822 /etc/apt/sources.list.d/*.sources or classic sources.list).
set -euo pipefail
uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  uri=$(awk '
    /^URIs:/ {u=$2}
    /^Suites:/ {for (i = 2; i <= NF; i++) if ($i == "bookworm") {print u; exit}}
    /^$/ {u=""}' "$f")
  [ -n "$uri" ] && break
done
if [ -z "$uri" ]; then
  uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
fi
[ -n "$uri" ] || { echo "no Debian bookworm mirror is configured in /etc/apt" >&2; exit 1; }
echo "deb $uri bookworm-backports main"
