# Spark: documents as JSON Lines through the tool, one record per output line, on every executor.
# spark-submit spark-pipe.py /data/documents.jsonl /data/records   (hongqi on each executor's PATH)
import json
import sys

from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("hongqi").getOrCreate()
documents = spark.sparkContext.textFile(sys.argv[1])  # each line {"doc": id, "text": text}
records = documents.pipe("hongqi extract - --stdin-jsonl --quiet")
records.map(json.loads).toDF().write.mode("overwrite").parquet(sys.argv[2])
