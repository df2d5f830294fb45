package org.paperboy.eval;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;
import org.paperboy.ingest.SourceReaders;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;
import org.paperboy.store.StoreStats;

/**
 * Ingests the spec's files into a fresh store twice and counts: rows read, papers, source records,
 * skipped rows, and what the second (idempotent) run added. Also reports throughput.
 */
public final class IngestCountEvaluation implements Evaluation {

  @Override
  public String task() {
    return "ingest-count";
  }

  @Override
  public Map<String, Double> run(EvalSpec spec, Path sharedData, Path workDir) throws IOException {
    List<Path> files = files(spec, sharedData);
    Map<String, Double> out = new LinkedHashMap<>();
    try (PaperStore store = JdbcPaperStore.sqlite(workDir)) {
      IngestRunner runner = new IngestRunner(store, SourceReaders.all(), IngestListener.NONE);
      long started = System.nanoTime();
      IngestCounts first = runner.run(files, Optional.empty(), () -> false);
      double seconds = (System.nanoTime() - started) / 1e9;
      StoreStats stats = store.stats();
      out.put("files", (double) files.size());
      out.put("rows", (double) first.rows());
      out.put("papers", (double) stats.papers());
      out.put("papersWithAbstract", (double) stats.papersWithAbstract());
      out.put("sourceRecords", (double) stats.sourceRecords());
      out.put("listingDays", (double) stats.listingDays());
      out.put("skipped", (double) stats.skippedTotal());
      out.put("rowsPerSecond", first.rows() / seconds);
      out.put("papersPerSecond", stats.papers() / seconds);
      IngestCounts second = runner.run(files, Optional.empty(), () -> false);
      out.put("rerunFilesRead", (double) second.filesRead());
      // Re-reading every file record by record (not skipping known files) must add nothing either.
      IngestCounts reread = runner.rereadingKnownFiles().run(files, Optional.empty(), () -> false);
      out.put("rereadPapersAdded", (double) reread.papersAdded());
      out.put("rereadPapersUpdated", (double) reread.papersUpdated());
      out.put("rereadRecordsAdded", (double) reread.recordsAdded());
    }
    return out;
  }

  static List<Path> files(EvalSpec spec, Path sharedData) throws IOException {
    PathMatcher include =
        spec.include() == null
            ? p -> true
            : FileSystems.getDefault().getPathMatcher("glob:" + spec.include());
    List<Path> files = new ArrayList<>();
    for (String d : spec.data()) {
      Path dir = sharedData.resolve(d);
      if (!Files.exists(dir)) {
        throw new IOException("evaluation data missing: " + dir);
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> include.matches(f.getFileName()))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
