package org.paperboy.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperboy.index.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy reindex}: rebuilds the search index from the store. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuilds the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir())) {
      long total = home.store().stats().papers();
      long started = System.nanoTime();
      long n;
      try (Progress progress = Progress.of("reindex", total, "papers")) {
        n = new IndexSync(home.store(), home.index()).rebuild(progress::stepTo);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "indexed %,d papers in %.1f s (%,.0f papers/s)%n",
          n,
          seconds,
          n / Math.max(seconds, 1e-9));
      return 0;
    }
  }
}
