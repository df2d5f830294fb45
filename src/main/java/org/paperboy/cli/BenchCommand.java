package org.paperboy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.embed.BareOnnxLoop;
import org.paperboy.embed.Encoder;
import org.paperboy.embed.OnnxEncoder;
import org.paperboy.embed.PaperEmbedder;
import org.paperboy.embed.PaperText;
import org.paperboy.index.SearchQuery;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;
import org.paperboy.ingest.SourceReader;
import org.paperboy.lucene.LucenePaperIndex;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code paperboy bench search}: BM25 search latency with paper titles as queries, next to the bare
 * Lucene query cost in the same run. Single-threaded, after a warm-up, on the data directory's
 * index.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks on the current data directory.",
    subcommands = {BenchCommand.Search.class, BenchCommand.Ingest.class, BenchCommand.Embed.class})
final class BenchCommand {
  @ParentCommand PaperboyCommand top;

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description =
          "Search latency p50/p99 with sampled paper titles as queries; compares with bare Lucene.")
  static final class Search implements Callable<Integer> {
    @ParentCommand BenchCommand bench;

    @Option(
        names = "--queries",
        defaultValue = "2000",
        description = "Queries to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
        names = "--warmup",
        defaultValue = "500",
        description = "Untimed queries first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
        names = "--limit",
        defaultValue = "10",
        description = "Results per query (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "Sampling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
      try (Home home = new Home(bench.top.dataDir())) {
        List<String> titles = new ArrayList<>();
        home.store().forEachPaper(0, p -> titles.add(p.title()));
        if (titles.isEmpty()) {
          throw new IllegalStateException("no papers in " + home.dir() + "; ingest some first");
        }
        Collections.shuffle(titles, new Random(seed));
        List<SearchQuery> sample = new ArrayList<>();
        for (int i = 0; i < warmup + queries; i++) {
          sample.add(SearchQuery.of(titles.get(i % titles.size()), limit));
        }
        LucenePaperIndex index = (LucenePaperIndex) home.searchIndex();
        List<SearchQuery> warm = sample.subList(0, warmup);
        List<SearchQuery> timed = sample.subList(warmup, sample.size());
        warm.forEach(index::search);
        warm.forEach(index::searchBare);
        long[] full = time(timed, index::search);
        long[] bare = time(timed, index::searchBare);
        System.out.printf(
            Locale.ROOT,
            "papers %,d, index %s, %d timed queries (titles, seed %d), top %d, 1 thread%n",
            index.size(),
            mib(sizeOf(home.indexDir())),
            queries,
            seed,
            limit);
        report("paperboy search (BM25 + highlight)", full);
        report("bare Lucene query (baseline)", bare);
        System.out.printf(
            Locale.ROOT,
            "ratio p50 %.2f, p99 %.2f (paperboy / bare)%n",
            (double) pct(full, 50) / pct(bare, 50),
            (double) pct(full, 99) / pct(bare, 99));
        System.out.printf(
            Locale.ROOT, "peak heap %,d MiB of max %,d MiB%n", Jvm.peakHeapMib(), Jvm.maxHeapMib());
        return 0;
      }
    }

    private static long[] time(List<SearchQuery> queries, Consumer<SearchQuery> search) {
      long[] nanos = new long[queries.size()];
      for (int i = 0; i < nanos.length; i++) {
        long t = System.nanoTime();
        search.accept(queries.get(i));
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      return nanos;
    }

    private static long pct(long[] sorted, double p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void report(String what, long[] sorted) {
      double mean = Arrays.stream(sorted).average().orElse(0);
      System.out.printf(
          Locale.ROOT,
          "%-36s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%,.0f queries/s)%n",
          what,
          pct(sorted, 50) / 1e6,
          pct(sorted, 90) / 1e6,
          pct(sorted, 99) / 1e6,
          sorted[sorted.length - 1] / 1e6,
          1e9 / mean);
    }

    static long sizeOf(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        return files
            .filter(Files::isRegularFile)
            .mapToLong(
                f -> {
                  try {
                    return Files.size(f);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .sum();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure " + dir, e);
      }
    }

    static String mib(long bytes) {
      return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
    }
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest throughput into a fresh scratch data directory, next to a parse-only pass over the same files",
        "(decompress, JSON, text cleaning; no store) in the same run. Leaves the current data directory alone."
      })
  static final class Ingest implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
      Path scratch = Files.createTempDirectory("paperboy-bench-ingest-");
      try (PaperStore store = JdbcPaperStore.sqlite(scratch)) {
        IngestRunner runner = new IngestRunner(store, IngestCommand.readers(), IngestListener.NONE);
        List<Path> files = runner.expand(paths, Optional.empty());
        long[] rows = {0};
        // Warm the JIT on a tenth of the files first, so neither pass pays for compilation.
        parse(files.subList(0, files.size() / 10), new long[1]);
        long t0 = System.nanoTime();
        parse(files, rows);
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        IngestCounts counts = runner.run(files, Optional.empty(), () -> false);
        double ingestSeconds = (System.nanoTime() - t1) / 1e9;
        long papers = store.stats().papers();
        System.out.printf(
            Locale.ROOT,
            "%,d files, %,d rows -> %,d papers, %,d source records%n",
            files.size(),
            counts.rows(),
            papers,
            counts.recordsAdded());
        System.out.printf(
            Locale.ROOT,
            "%-40s %6.1f s  %,8.0f rows/s%n",
            "parse only (baseline, 1 thread)",
            parseSeconds,
            rows[0] / parseSeconds);
        System.out.printf(
            Locale.ROOT,
            "%-40s %6.1f s  %,8.0f rows/s  %,8.0f papers/s%n",
            "paperboy ingest (store, no index)",
            ingestSeconds,
            counts.rows() / ingestSeconds,
            papers / ingestSeconds);
        System.out.printf(
            Locale.ROOT,
            "ratio ingest/parse throughput %.2f; store %s; peak heap %,d MiB%n",
            (counts.rows() / ingestSeconds) / (rows[0] / parseSeconds),
            Search.mib(Search.sizeOf(scratch)),
            Jvm.peakHeapMib());
        return 0;
      } finally {
        try (Stream<Path> walk = Files.walk(scratch)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }

    private static void parse(List<Path> files, long[] rows) throws IOException {
      for (Path f : files) {
        for (SourceReader r : IngestCommand.readers()) {
          if (r.accepts(f)) {
            r.read(f, new CountingSink(rows));
          }
        }
      }
    }
  }

  @Command(
      name = "embed",
      mixinStandardHelpOptions = true,
      description = {
        "Embedding throughput over the first N stored papers' texts: a bare ONNX Runtime loop (same model,",
        "tokenizer and threads; no cache, no store) next to the 'paperboy embed' path (hash, cache lookup,",
        "encode, store write) in the same run. Empties the cache for those texts first; they end up cached again."
      })
  static final class Embed implements Callable<Integer> {
    private static final int WARMUP = 32;

    @ParentCommand BenchCommand bench;

    @Option(
        names = "--texts",
        defaultValue = "500",
        paramLabel = "N",
        description = "Papers whose texts are embedded (default ${DEFAULT-VALUE}).")
    int texts;

    @Override
    public Integer call() {
      if (texts < 1) {
        throw new IllegalArgumentException("--texts must be 1 or more, got " + texts);
      }
      try (Home home = new Home(bench.top.dataDir());
          BareOnnxLoop bare = BareOnnxLoop.bgeSmallEnV15Quantized();
          TimedEncoder encoder =
              new TimedEncoder(OnnxEncoder.bgeSmallEnV15Quantized(EmbedCommand.WORKERS))) {
        PaperStore store = home.store();
        List<Long> ids = new ArrayList<>();
        store.forEachPaper(
            0,
            p -> {
              if (ids.size() < texts) {
                ids.add(p.id());
              }
            });
        if (ids.isEmpty()) {
          throw new IllegalStateException("no papers in " + home.dir() + "; ingest some first");
        }
        List<String> sample = store.papers(ids).stream().map(PaperText::of).distinct().toList();
        store
            .embeddings()
            .delete(encoder.modelId(), sample.stream().map(PaperText::sha256).toList());
        List<String> warm = sample.subList(0, Math.min(WARMUP, sample.size()));
        bare.run(warm, EmbedCommand.WORKERS);
        encoder.embedAll(warm);
        encoder.reset();

        long t0 = System.nanoTime();
        bare.run(sample, EmbedCommand.WORKERS);
        double bareSeconds = (System.nanoTime() - t0) / 1e9;

        PaperEmbedder embedder = new PaperEmbedder(store, encoder);
        long embedded = 0;
        long t1 = System.nanoTime();
        for (int from = 0; from < ids.size(); from += EmbedCommand.BATCH) {
          embedded +=
              embedder.embed(
                  store.papers(ids.subList(from, Math.min(ids.size(), from + EmbedCommand.BATCH))));
        }
        double pipelineSeconds = (System.nanoTime() - t1) / 1e9;
        if (embedded != sample.size()) {
          throw new IllegalStateException(
              "the pipeline embedded " + embedded + " texts, expected " + sample.size());
        }

        int[] tokens = bare.tokenCounts(sample);
        Arrays.sort(tokens);
        long truncated = Arrays.stream(tokens).filter(n -> n >= 512).count();
        System.out.printf(
            Locale.ROOT,
            "%,d distinct texts from the first %,d papers; tokens per text median %d, p90 %d, max %d;"
                + " %,d truncated at 512%n",
            sample.size(),
            ids.size(),
            tokens[tokens.length / 2],
            tokens[(int) (tokens.length * 0.9)],
            tokens[tokens.length - 1],
            truncated);
        System.out.printf(
            Locale.ROOT,
            "%d workers x 1 intra-op thread, %d available processors, batches of %d%n",
            EmbedCommand.WORKERS,
            Runtime.getRuntime().availableProcessors(),
            EmbedCommand.BATCH);
        double bareRate = sample.size() / bareSeconds;
        double pipelineRate = sample.size() / pipelineSeconds;
        System.out.printf(
            Locale.ROOT,
            "%-44s %6.1f s  %6.1f abstracts/s%n",
            "bare ONNX Runtime loop (baseline)",
            bareSeconds,
            bareRate);
        System.out.printf(
            Locale.ROOT,
            "%-44s %6.1f s  %6.1f abstracts/s  (encoder %.1f s, hash+lookup+store %.1f s)%n",
            "paperboy embed path (hash, cache, store)",
            pipelineSeconds,
            pipelineRate,
            encoder.seconds(),
            pipelineSeconds - encoder.seconds());
        System.out.printf(
            Locale.ROOT,
            "ratio pipeline/bare throughput %.2f; peak heap %,d MiB%n",
            pipelineRate / bareRate,
            Jvm.peakHeapMib());
        return 0;
      }
    }
  }

  /** Measures the time spent inside the wrapped encoder. Not thread-safe; owns the delegate. */
  private static final class TimedEncoder implements Encoder {
    private final Encoder delegate;
    private long nanos;

    TimedEncoder(Encoder delegate) {
      this.delegate = delegate;
    }

    double seconds() {
      return nanos / 1e9;
    }

    void reset() {
      nanos = 0;
    }

    @Override
    public float[] embed(String text) {
      return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      long t = System.nanoTime();
      try {
        return delegate.embedAll(texts);
      } finally {
        nanos += System.nanoTime() - t;
      }
    }

    @Override
    public String modelId() {
      return delegate.modelId();
    }

    @Override
    public int dimensions() {
      return delegate.dimensions();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** Counts rows and drops them: the parse-only baseline. */
  private record CountingSink(long[] rows) implements SourceReader.Sink {
    @Override
    public void accept(SourceRecord record, Paper paper) {
      rows[0]++;
    }

    @Override
    public void skip(long line, String reason, String message) {
      rows[0]++;
    }
  }
}
