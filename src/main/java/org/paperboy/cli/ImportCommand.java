package org.paperboy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.paperboy.store.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code paperboy import FILE}: restores an export into an empty data directory, then builds the
 * index.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Restores a 'paperboy export' file into an empty data directory and builds the index.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "Export file (.jsonl or .jsonl.gz); '-' for standard input.")
  String input;

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir());
        BufferedReader in = reader(input)) {
      long n;
      try (Progress progress = Progress.of("import", -1, "papers")) {
        n = Backup.importInto(home.store(), in, progress::stepTo);
      }
      System.out.printf(Locale.ROOT, "imported %,d papers%n", n);
      System.out.printf(Locale.ROOT, "indexed %,d papers%n", home.syncIndex());
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }

  private static BufferedReader reader(String input) throws IOException {
    InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
    if (input.endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
