package example.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Exact totals per donor, year, stage and currency over a folder of IATI activity files, on Apache Spark.
 * <p>
 * One task reads one file into a pledge book and takes that book's totals per (donor, year, stage); Spark groups
 * them by key and merges them with {@link MergeTotals}, whose buffer is pledgebook's stage total. Amounts stay exact
 * decimals from the XML to the CSV: nothing is a {@code double}, nothing is converted, currencies never mix.
 * <p>
 * {@code TotalsJob <master> <input folder> <output folder>}, e.g. {@code local[2]}; the output folder gets one CSV
 * file with a header, {@link TotalRows#COLUMNS}.
 */
public final class TotalsJob {

    private TotalsJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TotalsJob <master> <input folder> <output folder>");
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("pledgebook totals per donor, year and stage")
                .master(args[0]).config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            run(spark, args[1], args[2], BookReader.standard());
        } finally {
            spark.stop();
        }
        System.out.printf("job done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    static void run(SparkSession spark, String input, String output, BookReader reader) throws Exception {
        Path folder = new Path(input);
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<String> files = new ArrayList<>();
        for (FileStatus s : fs.listStatus(folder, p -> p.getName().endsWith(".xml"))) {
            try (InputStream head = fs.open(s.getPath())) {
                if (BookReader.isActivityFile(head)) {
                    files.add(s.getPath().toString());
                } else {
                    System.out.println("left out " + s.getPath().getName() + ": not an IATI activity file");
                }
            }
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .xml files in " + input);
        }
        LongAccumulator transactions = spark.sparkContext().longAccumulator("transactions");
        LongAccumulator problems = spark.sparkContext().longAccumulator("problems");
        LongAccumulator linked = spark.sparkContext().longAccumulator("linked");
        LongAccumulator pledges = spark.sparkContext().longAccumulator("pledges");

        // one file per task: as many partitions as files
        JavaRDD<String> perFile = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files,
                files.size());
        Encoder<Tuple3<String, Integer, String>> keys = Encoders.tuple(Encoders.STRING(), Encoders.INT(),
                Encoders.STRING());
        Encoder<PartialTotal> totals = MergeTotals.encoder();

        Dataset<Tuple2<Tuple3<String, Integer, String>, PartialTotal>> partials = spark.createDataset(perFile.rdd(),
                Encoders.STRING()).flatMap((FlatMapFunction<String, Tuple2<Tuple3<String, Integer, String>,
                        PartialTotal>>) file -> {
                    Path path = new Path(file);
                    BookReader.FileBook read;
                    try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
                        read = reader.read(in, path.getName());
                    }
                    transactions.add(read.transactions());
                    problems.add(read.problems());
                    linked.add(read.linked());
                    pledges.add(read.book().pledges().size());
                    List<Tuple2<Tuple3<String, Integer, String>, PartialTotal>> out = new ArrayList<>();
                    TotalRows.forEachTotal(read.book(), (k, t) -> out.add(new Tuple2<>(
                            new Tuple3<>(k.donor(), k.year(), k.stage().name()), new PartialTotal(t))));
                    return out.iterator();
                }, Encoders.tuple(keys, totals));

        Dataset<Tuple2<Tuple3<String, Integer, String>, PartialTotal>> merged = partials
                .groupByKey((MapFunction<Tuple2<Tuple3<String, Integer, String>, PartialTotal>,
                        Tuple3<String, Integer, String>>) Tuple2::_1, keys)
                .mapValues((MapFunction<Tuple2<Tuple3<String, Integer, String>, PartialTotal>, PartialTotal>)
                        Tuple2::_2, totals)
                .agg(new MergeTotals().toColumn().name("total"));

        StructType schema = new StructType().add("donor", DataTypes.StringType, false)
                .add("year", DataTypes.IntegerType, false).add("stage", DataTypes.StringType, false)
                .add("currency", DataTypes.StringType, false).add("amount", DataTypes.StringType, false)
                .add("regrants_left_out", DataTypes.StringType, false).add("pledges", DataTypes.LongType, false)
                .add("unvalued", DataTypes.LongType, false).add("regrant_pledges_left_out", DataTypes.LongType, false);
        Dataset<Row> rows = merged.flatMap((FlatMapFunction<Tuple2<Tuple3<String, Integer, String>, PartialTotal>,
                Row>) kv -> TotalRows.rows(kv._1()._1(), kv._1()._2(), kv._1()._3(), kv._2().total()).stream()
                        .map(RowFactory::create).iterator(), Encoders.row(schema));

        rows.orderBy("donor", "year", "stage", "currency").coalesce(1).write().mode(SaveMode.Overwrite)
                .option("header", true).option("escape", "\"").option("emptyValue", "").csv(output);

        long written = spark.read().option("header", true).csv(output).count();
        System.out.printf("read %d files: %,d transactions (%,d counted once through a link, %,d reported as problems),"
                + " %,d pledges; wrote %,d rows to %s%n", files.size(), transactions.value(), linked.value(),
                problems.value(), pledges.value(), written, output);
    }
}
