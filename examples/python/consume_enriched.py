#!/usr/bin/env python3
"""Reads a namespace's enriched arrivals with confluent-kafka and its AvroDeserializer.

Subscribes to <namespace>i94.arrivals.enriched.v1 from the beginning (read_committed: the
enricher writes in transactions), decodes every value through the schema registry's Confluent
API, stops when every partition is at its end, and prints the counts and one decoded record.

    python examples/python/consume_enriched.py --namespace staging. [--json]

Install: bash deploy/local/bench-tools.sh python-clients (confluent-kafka, pinned, in the
project's venv; it prints BENCH_PYTHON=<the venv's python>).
"""
import argparse
import datetime
import json
import os
import sys
import time
import uuid
from collections import Counter

from confluent_kafka import Consumer, KafkaError, KafkaException
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import MessageField, SerializationContext

TOPIC = "i94.arrivals.enriched.v1"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--brokers", default=os.environ.get("KAFKA_BROKERS", "127.0.0.1:9092"))
    p.add_argument("--registry", default=os.environ.get("SCHEMA_REGISTRY_URL", "http://127.0.0.1:8081/apis/ccompat/v7"))
    p.add_argument("--namespace", default=os.environ.get("TOPIC_NAMESPACE", ""), help='topic prefix, e.g. "staging."')
    p.add_argument("--group", default=f"i94-example-python-{uuid.uuid4().hex[:8]}", help="consumer group (default: a new one, so it reads from the start)")
    p.add_argument("--timeout", type=float, default=120, help="seconds to give up after when the partitions' ends are not reached")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    return p.parse_args()


def plain(value):
    """JSON for what fastavro decodes: logical dates and timestamps as ISO text."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def consume(args):
    topic = f"{args.namespace}{TOPIC}"
    # The client's HTTP calls have no timeout by default: a registry that stops answering would
    # hang the read past --timeout instead of failing it.
    deserialize = AvroDeserializer(SchemaRegistryClient({"url": args.registry, "timeout": 10}))
    consumer = Consumer({
        "bootstrap.servers": args.brokers,
        "group.id": args.group,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
        "enable.partition.eof": True,
    })
    assigned, at_end = set(), set()
    consumer.subscribe([topic], on_assign=lambda _c, parts: assigned.update(p.partition for p in parts))
    records, keys, months, partitions, first = 0, set(), Counter(), Counter(), None
    deadline = time.monotonic() + args.timeout
    try:
        while not assigned or not assigned <= at_end:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{topic}: partitions {sorted(assigned - at_end)} not at their end after {args.timeout} s")
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    raise KafkaException(msg.error())
                at_end.add(msg.partition())
                continue
            at_end.discard(msg.partition())
            value = deserialize(msg.value(), SerializationContext(topic, MessageField.VALUE))
            key = msg.key().decode()
            records += 1
            keys.add(key)
            months[key.split("/")[0]] += 1  # the key is the arrival's identity: file month/cicid
            partitions[msg.partition()] += 1
            if first is None:
                first = {"key": key, "partition": msg.partition(), "offset": msg.offset(), "value": value}
    finally:
        consumer.close()
    return {"topic": topic, "records": records, "arrivals": len(keys), "byFileMonth": dict(sorted(months.items())),
            "byPartition": {str(p): n for p, n in sorted(partitions.items())}, "first": first}


def main():
    args = parse_args()
    summary = consume(args)
    if args.json:
        print(json.dumps(summary, default=plain))
        return
    print(f"{summary['topic']}: {summary['records']} records, {summary['arrivals']} arrivals (distinct keys)")
    print("by file month: " + ", ".join(f"{m} {n}" for m, n in summary["byFileMonth"].items()))
    print("by partition: " + ", ".join(f"{p}: {n}" for p, n in summary["byPartition"].items()))
    first = summary["first"]
    if first:
        print(f"first record, key {first['key']} (partition {first['partition']}, offset {first['offset']}):")
        print(json.dumps(first["value"], default=plain, indent=2))


if __name__ == "__main__":
    try:
        main()
    except (KafkaException, TimeoutError) as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
