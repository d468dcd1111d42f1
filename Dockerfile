# syntax=docker/dockerfile:1
# The app in a container. `docker build -t kit .` makes the image; `docker compose --profile app up`
# runs two instances behind nginx beside PostgreSQL and Mailpit (see docker-compose.yml and the README,
# "Deploy"). Migrations are a release step, run from the build stage before a new version starts:
#   docker compose --profile app run --rm migrate

# Build stage: the whole workspace with its dev dependencies; also what the release step runs in.
FROM node:22-bookworm-slim AS build
WORKDIR /repo
RUN corepack enable
# The packages are downloaded from the lockfile alone, so that this layer is rebuilt only when it
# changes; the install then links every workspace package's dependencies from them, offline. (Copying
# package manifests one by one instead misses each package added later.)
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --frozen-lockfile
COPY . .
RUN pnpm install --frozen-lockfile --offline
RUN pnpm build && sh deploy/container/assemble.sh /app

# Runtime stage: Node and the built server only. nitro bundles what the server imports into
# /app/server (the few packages it cannot bundle sit in /app/server/node_modules): no pnpm, no
# workspace, no dev dependencies, no sources.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Owned by root and read-only to the server's user.
COPY --from=build /app /app
USER node
EXPOSE 3000
# SIGTERM drains the requests in flight (SHUTDOWN_TIMEOUT_MS, default 10 s): give `docker stop` longer
# (compose: stop_grace_period).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=15s --retries=3 CMD ["node", "healthcheck.mjs"]
CMD ["node", "server/index.mjs"]
