"""Reference for P5: DuckDB runs the compactor's month transform over the same rolled-up Parquet files.

Keeps the latest copy of every cicid (highest partition/offset), writes the kept rows as Parquet,
and aggregates them per destination state and arrival month as the compactor does (arrivals,
gender/visa/mode mix, mean age, mean and median stay, top residence countries, distinct ports).
Usage: python duckdb_month.py <dir of .parquet files> <output dir>. Prints one JSON line.
"""
import json
import sys
import time

import duckdb

src, out = sys.argv[1], sys.argv[2]
started = time.monotonic()
con = duckdb.connect()
con.execute("SET threads TO 2")
setup = time.monotonic() - started

t0 = time.monotonic()
con.execute(f"""
CREATE TEMP TABLE latest AS
SELECT * FROM read_parquet('{src}/*.parquet', union_by_name = true)
QUALIFY row_number() OVER (PARTITION BY cicid ORDER BY kafkaPartition DESC, kafkaOffset DESC) = 1
""")
con.execute(f"COPY latest TO '{out}/compacted.parquet' (FORMAT parquet)")
con.execute(f"""
COPY (
  WITH facts AS (
    SELECT destinationState AS state, coalesce(arrivalMonth, 'unknown') AS month,
           upper(trim(gender)) AS g, i94visa, i94mode,
           CASE WHEN age >= 0 AND age = floor(age) THEN age END AS age,
           CASE WHEN stayDays >= 0 AND stayDays = floor(stayDays) THEN stayDays END AS stay,
           residenceCountry,
           CASE WHEN portName IS NOT NULL AND i94port IS NOT NULL THEN upper(trim(i94port)) END AS port
    FROM latest),
  countries AS (
    SELECT state, month, list(residenceCountry ORDER BY n DESC, residenceCountry) AS top
    FROM (SELECT state, month, residenceCountry, count(*) AS n,
                 row_number() OVER (PARTITION BY state, month ORDER BY count(*) DESC, residenceCountry) AS r
          FROM facts WHERE residenceCountry IS NOT NULL GROUP BY state, month, residenceCountry)
    WHERE r <= 5 GROUP BY state, month)
  SELECT f.state, f.month, count(*) AS arrivals,
         count(*) FILTER (WHERE g = 'M') AS male, count(*) FILTER (WHERE g = 'F') AS female,
         count(*) FILTER (WHERE g IS NULL OR g NOT IN ('M', 'F')) AS gender_unknown,
         count(*) FILTER (WHERE i94visa = 1) AS business, count(*) FILTER (WHERE i94visa = 2) AS pleasure,
         count(*) FILTER (WHERE i94visa = 3) AS student, count(*) FILTER (WHERE i94visa IS NULL OR i94visa NOT IN (1, 2, 3)) AS visa_unknown,
         count(*) FILTER (WHERE i94mode = 1) AS air, count(*) FILTER (WHERE i94mode = 2) AS sea,
         count(*) FILTER (WHERE i94mode = 3) AS land, count(*) FILTER (WHERE i94mode IS NULL OR i94mode NOT IN (1, 2, 3)) AS mode_not_reported,
         avg(age) AS average_age, avg(stay) AS average_stay_days, median(stay) AS median_stay_days,
         count(DISTINCT port) AS distinct_ports, any_value(c.top) AS top_residence_countries
  FROM facts f LEFT JOIN countries c USING (state, month)
  GROUP BY f.state, f.month
) TO '{out}/aggregates.parquet' (FORMAT parquet)
""")
seconds = time.monotonic() - t0
rows = con.execute("SELECT count(*) FROM latest").fetchone()[0]
groups = con.execute(f"SELECT count(*) FROM read_parquet('{out}/aggregates.parquet')").fetchone()[0]
print(json.dumps({"tool": "duckdb", "version": duckdb.__version__, "seconds": seconds, "startupSeconds": setup, "rows": rows, "groups": groups}))
