#!/bin/sh
# Rebuilds scripts/bench/vendor/aesr-6.1.0 (AWS Extend Switch Roles 6.1.0, MIT, by Tilfin Ltd.)
# from its source with its own scripts: `npm ci` from the npm registry, then `bin/build.sh`.
# The Chrome build is committed because CI and other machines cannot reach GitHub.
# Usage: scripts/bench/vendor/build-aesr.sh [git dir or URL of the repository]
set -eu
REPO=${1:-https://github.com/tilfinltd/aws-extend-switch-roles.git}
COMMIT=ccdb579
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git clone --quiet "$REPO" "$WORK/src"
cd "$WORK/src"
git checkout --quiet "$COMMIT"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
PATH="$PWD/node_modules/.bin:$PATH" ./bin/build.sh
rm -rf "$HERE/aesr-6.1.0"
cp -r dist/chrome "$HERE/aesr-6.1.0"
cp LICENSE "$HERE/aesr-6.1.0/LICENSE"
echo "Built AWS Extend Switch Roles $(node -p 'require("./package.json").version') at $COMMIT into $HERE/aesr-6.1.0"
