// Integration tests talk to real servers: consumer-group joins and Cassandra DDL take seconds.
jest.setTimeout(120_000);
