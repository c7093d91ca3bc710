# Apache Kafka, single node in KRaft mode (broker + controller in one JVM), jars from Maven Central.

KAFKA_HOME="$I94_STACK_CACHE/kafka-$KAFKA_VERSION"
KAFKA_DATA="$I94_STACK_DATA/kafka"
KAFKA_LOG="$I94_STACK_LOGS/kafka.log"

kafka_install() {
  mvn_fetch "$REPO_ROOT/deploy/local/maven/kafka/pom.xml" "$KAFKA_HOME/lib"
}

# The JVM command line shared by the storage tool and the broker.
kafka_java_cmd() {
  KAFKA_JAVA=(java -Xms256m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$REPO_ROOT/deploy/local/conf/kafka-log4j2.properties"
    -cp "$KAFKA_HOME/lib/*")
}

kafka_config() {
  local conf="$I94_STACK_RUN/kafka-server.properties"
  sed -e "s#@DATA@#$KAFKA_DATA#g" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$REPO_ROOT/deploy/local/conf/kafka-server.properties" >"$conf"
  echo "$conf"
}

kafka_probe() { port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null; }

kafka_start() {
  local conf; conf=$(kafka_config)
  kafka_java_cmd
  if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
    mkdir -p "$KAFKA_DATA"
    local id; id=$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$id" -c "$conf" >>"$KAFKA_LOG" 2>&1 \
      || { fail_start kafka "$KAFKA_LOG" "storage format failed"; return 1; }
  fi
  # the probe reads the log for the start line: begin a fresh log so an old line cannot fool it
  [ -f "$KAFKA_LOG" ] && mv "$KAFKA_LOG" "$KAFKA_LOG.1"
  start_daemon kafka "$KAFKA_LOG" "${KAFKA_JAVA[@]}" kafka.Kafka "$conf"
}

kafka_version() { echo "$KAFKA_VERSION"; }
