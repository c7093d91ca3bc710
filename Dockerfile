# One image for every service: docker build --build-arg SERVICE=enricher .
# Stage 1 installs and builds the whole workspace; stage 2 keeps production dependencies
# and the built output only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs libs
COPY services services
COPY tools tools
COPY schemas schemas
COPY data data
COPY deploy/node-flags deploy/node-flags
# the CQL migrations `i94 migrate` applies (compose platform-init, the k8s platform-init Job)
COPY deploy/cassandra deploy/cassandra
COPY nx.json tsconfig.json .swcrc ./
RUN npm ci --no-audit --no-fund && NX_DAEMON=false npx nx run-many -t build && npm prune --omit=dev

FROM node:20-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE} HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
RUN test -n "${SERVICE}" && test -f "services/${SERVICE}/dist/main.js"
USER node
CMD ["sh", "-c", "exec node $(grep -v '^#' deploy/node-flags) services/${SERVICE}/dist/main.js"]
