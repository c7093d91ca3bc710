#!/usr/bin/env bash
# Installs the reference tools `i94 bench` compares the stages with, once, into the stack cache:
#   kafka-tools   Kafka's own ProducerPerformance (deploy/local/maven/kafka-tools/pom.xml, Maven Central)
#   python venv   duckdb and pyspark from PyPI (Spark runs local[2] on the default Java 17)
#   python-clients  confluent-kafka and its Avro deserializer into the same venv, for the consumer
#                 example (examples/python), pinned by deploy/local/python/clients-requirements.txt
#   platformatic-kafka  @platformatic/kafka, the client P2 compares kafkajs with, from the npm registry
#                 as tools/bench/platformatic-kafka's lock pins it: kept out of the workspaces'
#                 install because it and two of its packages declare Node >= 22 (it runs on 20.19+)
#   api-test      schemathesis into the same venv, for the gateway's OpenAPI contract test
#                 (tests/api), pinned by deploy/local/python/api-test-requirements.txt
# Idempotent: each part is skipped when its marker exists. Prints the paths as KEY=value lines.
# Usage: bash deploy/local/bench-tools.sh [kafka-tools|python|python-clients|platformatic-kafka|api-test|all]
# (all: what i94 bench uses, python-clients left out)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_DIR=${I94_BENCH_TOOLS:-$I94_STACK_CACHE/bench}
KAFKA_TOOLS_DIR=$BENCH_DIR/kafka-tools-$KAFKA_VERSION
VENV=$BENCH_DIR/venv
DUCKDB_VERSION=${DUCKDB_VERSION:-1.5.6}
PYSPARK_VERSION=${PYSPARK_VERSION:-4.0.1}
CLIENTS_REQUIREMENTS=$REPO_ROOT/deploy/local/python/clients-requirements.txt
PLATFORMATIC_SRC=$REPO_ROOT/tools/bench/platformatic-kafka
API_TEST_REQUIREMENTS=$REPO_ROOT/deploy/local/python/api-test-requirements.txt
PLATFORMATIC_DIR=$BENCH_DIR/platformatic-kafka-$(sha256sum "$PLATFORMATIC_SRC/package-lock.json" | cut -c1-12)

install_kafka_tools() {
  mvn_fetch "$REPO_ROOT/deploy/local/maven/kafka-tools/pom.xml" "$KAFKA_TOOLS_DIR"
}

install_python() {
  local marker=$VENV/.complete-$DUCKDB_VERSION-$PYSPARK_VERSION
  [ -f "$marker" ] && return 0
  say "installing duckdb $DUCKDB_VERSION and pyspark $PYSPARK_VERSION from PyPI into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "duckdb==$DUCKDB_VERSION" "pyspark==$PYSPARK_VERSION" >>"$I94_STACK_LOGS/install.log" 2>&1
  touch "$marker"
}

# pip-installs a requirements file into the venv once per content of that file.
pip_install_requirements() {
  local requirements=$1 what=$2 marker
  marker=$VENV/.complete-$(basename "$requirements" .txt)-$(sha256sum "$requirements" | cut -c1-12)
  [ -f "$marker" ] && return 0
  say "installing $what (${requirements#"$REPO_ROOT"/}) from PyPI into $VENV"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  if ! "$VENV/bin/pip" install -q --disable-pip-version-check -r "$requirements" >>"$I94_STACK_LOGS/install.log" 2>&1; then
    say "pip install of $what failed; the end of $I94_STACK_LOGS/install.log:"
    tail -n 20 "$I94_STACK_LOGS/install.log" >&2
    return 1
  fi
  touch "$marker"
}

install_python_clients() { pip_install_requirements "$CLIENTS_REQUIREMENTS" confluent-kafka; }

install_platformatic_kafka() {
  [ -f "$PLATFORMATIC_DIR/.complete" ] && return 0
  say "installing @platformatic/kafka (tools/bench/platformatic-kafka) into $PLATFORMATIC_DIR"
  mkdir -p "$PLATFORMATIC_DIR"
  cp "$PLATFORMATIC_SRC/package.json" "$PLATFORMATIC_SRC/package-lock.json" "$PLATFORMATIC_DIR/"
  if ! (cd "$PLATFORMATIC_DIR" && npm ci --no-audit --no-fund) >>"$I94_STACK_LOGS/install.log" 2>&1; then
    say "npm ci of @platformatic/kafka failed; the end of $I94_STACK_LOGS/install.log:"
    tail -n 20 "$I94_STACK_LOGS/install.log" >&2
    return 1
  fi
  touch "$PLATFORMATIC_DIR/.complete"
}

install_api_test() { pip_install_requirements "$API_TEST_REQUIREMENTS" schemathesis; }

mkdir -p "$BENCH_DIR"
case ${1:-all} in
  kafka-tools) install_kafka_tools ;;
  python) install_python ;;
  python-clients) install_python_clients ;;
  platformatic-kafka) install_platformatic_kafka ;;
  api-test) install_api_test ;;
  all) install_kafka_tools; install_python; install_platformatic_kafka ;;
  *) say "usage: bench-tools.sh [kafka-tools|python|python-clients|platformatic-kafka|api-test|all]"; exit 2 ;;
esac
echo "KAFKA_TOOLS_CLASSPATH=$KAFKA_TOOLS_DIR/*"
echo "BENCH_PYTHON=$VENV/bin/python"
echo "SCHEMATHESIS=$VENV/bin/schemathesis"
echo "PLATFORMATIC_KAFKA_DIR=$PLATFORMATIC_DIR"
