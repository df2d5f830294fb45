package org.paperboy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.paperboy.store.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy export}: writes everything as JSON Lines, the backup format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes all papers with their source records as JSON Lines (gzip when the name ends in .gz).")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Output file; '-' (default) for standard output.")
  String output = "-";

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir())) {
      long total = home.store().stats().papers();
      boolean toStdout = "-".equals(output);
      Path tmp = toStdout ? null : Path.of(output + ".partial");
      long n;
      try (Writer out = writer(tmp);
          Progress progress = toStdout ? null : Progress.of("export", total, "papers")) {
        n = Backup.export(home.store(), out, progress == null ? x -> {} : progress::stepTo);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output, e);
      }
      if (!toStdout) {
        move(tmp, Path.of(output));
        System.err.printf(Locale.ROOT, "exported %,d papers to %s%n", n, output);
      }
      return 0;
    }
  }

  private static Writer writer(Path file) throws IOException {
    OutputStream os = file == null ? System.out : Files.newOutputStream(file);
    if (file != null && file.toString().endsWith(".gz.partial")) {
      os = new GZIPOutputStream(os, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Written to a temporary name first, so an interrupted export never leaves a truncated file under
   * the real name.
   */
  private static void move(Path from, Path to) {
    try {
      Files.move(
          from,
          to,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
    }
  }
}
