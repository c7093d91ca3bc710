# Apicurio Registry 3 (Quarkus app from Maven Central), serving the Confluent-compatible API
# under /apis/ccompat/v7. Schemas are stored in Kafka (kafkasql), so a restart keeps them.

APICURIO_HOME="$I94_STACK_CACHE/apicurio-registry-$APICURIO_VERSION"
REGISTRY_LOG="$I94_STACK_LOGS/schema-registry.log"

schema_registry_install() {
  [ -f "$APICURIO_HOME/quarkus-run.jar" ] && return 0
  say "fetching Apicurio Registry $APICURIO_VERSION from Maven Central"
  local tmp="$I94_STACK_CACHE/tmp-apicurio"
  mkdir -p "$tmp" "$APICURIO_HOME"
  mvn -q -B dependency:copy -Dartifact="io.apicurio:apicurio-registry-app:$APICURIO_VERSION:tar.gz:all" \
    -DoutputDirectory="$tmp" -Dstyle.color=never >>"$I94_STACK_LOGS/install.log" 2>&1 || return 1
  tar -xzf "$tmp"/apicurio-registry-app-*.tar.gz -C "$APICURIO_HOME" --strip-components=1 || return 1
  [ -f "$APICURIO_HOME/quarkus-run.jar" ] || tar -xzf "$tmp"/apicurio-registry-app-*.tar.gz -C "$APICURIO_HOME"
  rm -rf "$tmp"
  [ -f "$APICURIO_HOME/quarkus-run.jar" ] || { say "quarkus-run.jar not found in the Apicurio archive"; return 1; }
}

# Apicurio 3.3 is compiled for Java 21: use $REGISTRY_JAVA_HOME, else the newest JDK >= 21 installed.
registry_java() {
  local home
  for home in "${REGISTRY_JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    local major; major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    [ "${major%%.*}" -ge 21 ] 2>/dev/null && { echo "$home/bin/java"; return 0; }
  done
  say "the schema registry (Apicurio $APICURIO_VERSION) needs Java 21 or newer: none found under /usr/lib/jvm; set REGISTRY_JAVA_HOME"
  return 1
}

schema_registry_probe() {
  curl -fsS -o /dev/null "http://127.0.0.1:$SCHEMA_REGISTRY_PORT/apis/ccompat/v7/subjects" 2>/dev/null
}

schema_registry_start() {
  local java; java=$(registry_java) || return 1
  (cd "$APICURIO_HOME" && start_daemon schema-registry "$REGISTRY_LOG" \
    "$java" -Xms128m -Xmx"$SCHEMA_REGISTRY_HEAP" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$SCHEMA_REGISTRY_PORT" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$SCHEMA_REGISTRY_MANAGEMENT_PORT" \
    -Dapicurio.storage.kind=kafkasql \
    -Dapicurio.kafkasql.bootstrap.servers="127.0.0.1:$KAFKA_PORT" \
    -Dapicurio.kafkasql.topic="i94-registry-journal" \
    -Dapicurio.kafkasql.snapshots.topic="i94-registry-snapshots" \
    -Dapicurio.rest.deletion.artifact.enabled=true \
    -Dapicurio.rest.deletion.artifact-version.enabled=true \
    -Dapicurio.rest.deletion.group.enabled=true \
    -Dquarkus.log.level=WARN -Dquarkus.log.category.\"io.apicurio\".level=INFO \
    -jar quarkus-run.jar)
}

schema_registry_version() { echo "apicurio-registry $APICURIO_VERSION (ccompat v7)"; }
