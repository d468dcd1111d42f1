#!/bin/sh
# Lays out the container's /app from a built workspace (`pnpm build` first): the built server and its
# static files (nitro bundles the server's production dependencies into .output/server), and the
# HEALTHCHECK script. The Dockerfile runs it in its build stage; apps/web/tests/container-layout.test.ts
# runs it into a temporary folder and starts the server from there.
set -eu
target="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ ! -f "$root/apps/web/.output/server/index.mjs" ]; then
  echo "No build in apps/web/.output: run pnpm build first." >&2
  exit 1
fi
mkdir -p "$target"
cp -R "$root/apps/web/.output/." "$target/"
cp "$root/deploy/container/healthcheck.mjs" "$target/healthcheck.mjs"
