# Apache Cassandra 5, single node. The bin tarball is not on Maven Central, so this runs
# cassandra-all and its dependencies directly with the flags of the distribution's
# conf/jvm17-server.options (deploy/local/conf/cassandra-jvm17.options).

CASSANDRA_HOME="$I94_STACK_CACHE/cassandra-$CASSANDRA_VERSION"
CASSANDRA_DATA="$I94_STACK_DATA/cassandra"
CASSANDRA_LOG="$I94_STACK_LOGS/cassandra.log"

cassandra_install() {
  mvn_fetch "$REPO_ROOT/deploy/local/maven/cassandra/pom.xml" "$CASSANDRA_HOME/lib"
}

cassandra_config() {
  local conf="$I94_STACK_RUN/cassandra.yaml"
  sed -e "s#@DATA@#$CASSANDRA_DATA#g" -e "s#@PORT@#$CASSANDRA_PORT#g" -e "s#@STORAGE_PORT@#$CASSANDRA_STORAGE_PORT#g" \
    "$REPO_ROOT/deploy/local/conf/cassandra.yaml" >"$conf"
  echo "$conf"
}

# Native transport opens last, once the node can serve CQL.
cassandra_probe() { port_open "$CASSANDRA_PORT"; }

cassandra_start() {
  local conf; conf=$(cassandra_config)
  mkdir -p "$CASSANDRA_DATA"
  local jamm; jamm=$(ls "$CASSANDRA_HOME"/lib/jamm-*.jar | head -n 1)
  local opts; mapfile -t opts < <(grep -E '^-' "$REPO_ROOT/deploy/local/conf/cassandra-jvm17.options")
  start_daemon cassandra "$CASSANDRA_LOG" java -Xms"$CASSANDRA_HEAP" -Xmx"$CASSANDRA_HEAP" "${opts[@]}" \
    -javaagent:"$jamm" \
    -Dcassandra.config="file://$conf" -Dcassandra.storagedir="$CASSANDRA_DATA" \
    -Dcassandra-foreground=yes -Dcassandra.logdir="$I94_STACK_LOGS" \
    -Dlogback.configurationFile="$REPO_ROOT/deploy/local/conf/cassandra-logback.xml" \
    -Dcassandra.jmx.local.port="$CASSANDRA_JMX_PORT" \
    -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=100 \
    -cp "$CASSANDRA_HOME/lib/*" org.apache.cassandra.service.CassandraDaemon
}

cassandra_version() { echo "$CASSANDRA_VERSION"; }
