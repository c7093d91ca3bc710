#!/usr/bin/env bash
# Installs the reference tools `i94 bench` compares the stages with, once, into the stack cache:
#   kafka-tools   Kafka's own ProducerPerformance (deploy/local/maven/kafka-tools/pom.xml, Maven Central)
#   python venv   duckdb and pyspark from PyPI (Spark runs local[2] on the default Java 17)
# Idempotent: each part is skipped when its marker exists. Prints the paths as KEY=value lines.
# Usage: bash deploy/local/bench-tools.sh [kafka-tools|python|all]
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_DIR=${I94_BENCH_TOOLS:-$I94_STACK_CACHE/bench}
KAFKA_TOOLS_DIR=$BENCH_DIR/kafka-tools-$KAFKA_VERSION
VENV=$BENCH_DIR/venv
DUCKDB_VERSION=${DUCKDB_VERSION:-1.5.6}
PYSPARK_VERSION=${PYSPARK_VERSION:-4.0.1}

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

mkdir -p "$BENCH_DIR"
case ${1:-all} in
  kafka-tools) install_kafka_tools ;;
  python) install_python ;;
  all) install_kafka_tools; install_python ;;
  *) say "usage: bench-tools.sh [kafka-tools|python|all]"; exit 2 ;;
esac
echo "KAFKA_TOOLS_CLASSPATH=$KAFKA_TOOLS_DIR/*"
echo "BENCH_PYTHON=$VENV/bin/python"
