package org.paperboy.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperboy.ingest.IngestCounts;
import org.paperboy.ingest.IngestListener;
import org.paperboy.ingest.IngestRunner;
import org.paperboy.ingest.SourceReader;
import org.paperboy.ingest.SourceReaders;
import org.paperboy.store.IngestIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code paperboy ingest PATH…}: reads source files into the store and brings the index up to date.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads source files (or directories of them) into the store, then updates the search index.",
      "Safe to interrupt (Ctrl-C) and to re-run: files already read are skipped, records already stored are not"
          + " stored twice."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "Reader to use for every file (default: by file name). Known: ${COMPLETION-CANDIDATES}")
  Optional<String> source = Optional.empty();

  @Option(
      names = "--max-issues-shown",
      defaultValue = "20",
      description = "Bad rows to print before only counting them.")
  int maxIssuesShown;

  static List<SourceReader> readers() {
    return SourceReaders.all();
  }

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir());
        StopSignal stop = new StopSignal()) {
      IngestRunner runner = new IngestRunner(home.store(), readers(), IngestListener.NONE);
      List<Path> files = runner.expand(paths, source);
      IngestCounts counts;
      long started = System.nanoTime();
      try (Progress progress = Progress.of("ingest", files.size(), "files")) {
        counts =
            new IngestRunner(home.store(), readers(), listener(progress)).run(files, source, stop);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.println(counts);
      System.out.printf(
          Locale.ROOT, "%.1f s, %,.0f rows/s%n", seconds, counts.rows() / Math.max(seconds, 1e-9));
      long indexed = home.syncIndex();
      System.out.printf(
          Locale.ROOT,
          "indexed %,d changed papers; peak heap %,d MiB%n",
          indexed,
          Jvm.peakHeapMib());
      if (stop.getAsBoolean()) {
        System.out.println("interrupted: run the same command again to continue");
        return 130;
      }
      return counts.filesFailed() > 0 ? 1 : 0;
    }
  }

  private IngestListener listener(Progress progress) {
    return new IngestListener() {
      private int shown;

      @Override
      public void fileDone(Path file, IngestCounts soFar) {
        progress.step();
        progress.message(
            String.format(
                Locale.ROOT, "%,d rows, %,d new papers", soFar.rows(), soFar.papersAdded()));
      }

      @Override
      public void issue(IngestIssue issue) {
        if (shown++ < maxIssuesShown) {
          System.err.println("skipped " + issue);
        } else if (shown == maxIssuesShown + 1) {
          System.err.println(
              "(more skipped rows are counted; 'paperboy stats' lists them by reason)");
        }
      }
    };
  }
}
