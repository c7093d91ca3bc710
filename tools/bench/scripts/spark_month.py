"""Reference for P5: PySpark local[2] runs the seeds' transform over the same rolled-up Parquet files.

Read the month's files, keep the latest copy of every cicid, map to state/month facts, aggregate
as the compactor does, write the kept rows and the aggregates as Parquet. The session's start-up
is reported apart (startupSeconds) and left out of `seconds`.
Usage: python spark_month.py <dir of .parquet files> <output dir>. Prints one JSON line.
"""
import json
import sys
import time

started = time.monotonic()
from pyspark.sql import SparkSession, Window  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

src, out = sys.argv[1], sys.argv[2]
spark = (SparkSession.builder.master("local[2]").appName("i94-bench-month")
         .config("spark.ui.enabled", "false").config("spark.sql.caseSensitive", "true").config("spark.sql.shuffle.partitions", "4")
         .config("spark.driver.memory", "1g").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
setup = time.monotonic() - started

t0 = time.monotonic()
# the enriched rows carry both visatype (raw) and visaType (decoded): column names are case-sensitive here
rows = spark.read.option("mergeSchema", "true").parquet(src)
newest = Window.partitionBy("cicid").orderBy(F.col("kafkaPartition").desc(), F.col("kafkaOffset").desc())
latest = rows.withColumn("_r", F.row_number().over(newest)).where("_r = 1").drop("_r").cache()
latest.write.mode("overwrite").parquet(f"{out}/compacted")

g = F.upper(F.trim(F.col("gender")))
whole = lambda c: F.when((F.col(c) >= 0) & (F.col(c) == F.floor(F.col(c))), F.col(c))  # noqa: E731
facts = latest.select(
    F.col("destinationState").alias("state"), F.coalesce(F.col("arrivalMonth"), F.lit("unknown")).alias("month"),
    g.alias("g"), "i94visa", "i94mode", whole("age").alias("age"), whole("stayDays").alias("stay"), "residenceCountry",
    F.when(F.col("portName").isNotNull() & F.col("i94port").isNotNull(), F.upper(F.trim(F.col("i94port")))).alias("port"))
count_if = lambda cond: F.sum(F.when(cond, 1).otherwise(0))  # noqa: E731
figures = facts.groupBy("state", "month").agg(
    F.count(F.lit(1)).alias("arrivals"),
    count_if(F.col("g") == "M").alias("male"), count_if(F.col("g") == "F").alias("female"),
    count_if(F.col("g").isNull() | ~F.col("g").isin("M", "F")).alias("gender_unknown"),
    count_if(F.col("i94visa") == 1).alias("business"), count_if(F.col("i94visa") == 2).alias("pleasure"),
    count_if(F.col("i94visa") == 3).alias("student"), count_if(F.col("i94visa").isNull() | ~F.col("i94visa").isin(1, 2, 3)).alias("visa_unknown"),
    count_if(F.col("i94mode") == 1).alias("air"), count_if(F.col("i94mode") == 2).alias("sea"),
    count_if(F.col("i94mode") == 3).alias("land"), count_if(F.col("i94mode").isNull() | ~F.col("i94mode").isin(1, 2, 3)).alias("mode_not_reported"),
    F.avg("age").alias("average_age"), F.avg("stay").alias("average_stay_days"), F.median("stay").alias("median_stay_days"),
    F.countDistinct("port").alias("distinct_ports"))
by_country = facts.where(F.col("residenceCountry").isNotNull()).groupBy("state", "month", "residenceCountry").count()
ranked = by_country.withColumn("r", F.row_number().over(Window.partitionBy("state", "month").orderBy(F.col("count").desc(), "residenceCountry")))
top = ranked.where("r <= 5").groupBy("state", "month").agg(F.sort_array(F.collect_list(F.struct("r", "residenceCountry"))).alias("top"))
aggregates = figures.join(top, ["state", "month"], "left")
aggregates.write.mode("overwrite").parquet(f"{out}/aggregates")
seconds = time.monotonic() - t0
print(json.dumps({"tool": "pyspark", "version": spark.version, "seconds": seconds, "startupSeconds": setup,
                  "rows": latest.count(), "groups": spark.read.parquet(f"{out}/aggregates").count()}))
spark.stop()
