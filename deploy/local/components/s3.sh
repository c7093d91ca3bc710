# MinIO, built from source through the Go module proxy (no release downloads reach this machine).
# The project's bucket is created with a SigV4-signed request from curl, so no extra client is needed.

MINIO_BIN="$I94_STACK_CACHE/bin/minio"
S3_DATA="$I94_STACK_DATA/minio"
S3_LOG="$I94_STACK_LOGS/s3.log"

s3_install() {
  [ -x "$MINIO_BIN" ] && [ -f "$I94_STACK_CACHE/bin/.minio-$MINIO_MODULE_VERSION" ] && return 0
  say "building MinIO $MINIO_MODULE_VERSION from the Go module proxy (first run only: several minutes)"
  mkdir -p "$I94_STACK_CACHE/bin"
  GOBIN="$I94_STACK_CACHE/bin" CGO_ENABLED=0 GOFLAGS=-trimpath \
    go install "github.com/minio/minio@$MINIO_MODULE_VERSION" >&2 || return 1
  touch "$I94_STACK_CACHE/bin/.minio-$MINIO_MODULE_VERSION"
}

s3_probe() { curl -fsS -o /dev/null "http://127.0.0.1:$S3_PORT/minio/health/live" 2>/dev/null; }

s3_start() {
  mkdir -p "$S3_DATA"
  MINIO_ROOT_USER="$S3_ACCESS_KEY_ID" MINIO_ROOT_PASSWORD="$S3_SECRET_ACCESS_KEY" \
    MINIO_BROWSER=off MINIO_UPDATE=off \
    start_daemon s3 "$S3_LOG" "$MINIO_BIN" server "$S3_DATA" \
    --address "127.0.0.1:$S3_PORT" --console-address "127.0.0.1:$S3_CONSOLE_PORT"
}

s3_request() { # METHOD PATH: a signed request to the local store; prints the HTTP status
  curl -sS -o /dev/null -w '%{http_code}' -X "$1" --aws-sigv4 "aws:amz:us-east-1:s3" \
    --user "$S3_ACCESS_KEY_ID:$S3_SECRET_ACCESS_KEY" "http://127.0.0.1:$S3_PORT/$2"
}

s3_ensure_bucket() {
  local code; code=$(s3_request HEAD "$S3_BUCKET")
  [ "$code" = 200 ] && return 0
  code=$(s3_request PUT "$S3_BUCKET")
  [ "$code" = 200 ] || { say "could not create bucket $S3_BUCKET (HTTP $code)"; return 1; }
  say "created bucket $S3_BUCKET"
}

s3_version() { echo "MinIO ${MINIO_MODULE_VERSION}"; }   # a go-install build reports DEVELOPMENT as its release
