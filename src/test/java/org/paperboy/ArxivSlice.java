package org.paperboy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ten real listing days 2025-04-10 … 2025-04-19 of ../shared/data/arxiv-daily, copied by link
 * into a temp dir.
 */
public final class ArxivSlice {
  public static final int PAPERS = 1397;
  public static final int SOURCE_RECORDS = 1940;
  public static final int ROWS = 2389;

  private ArxivSlice() {}

  /** Links the slice's files into {@code dir} and returns it. */
  public static Path linkInto(Path dir) {
    Path daily = SharedTestData.require("arxiv-daily");
    try (Stream<Path> files = Files.list(daily)) {
      List<Path> slice =
          files.filter(f -> f.getFileName().toString().startsWith("2025-04-1")).sorted().toList();
      Files.createDirectories(dir);
      for (Path f : slice) {
        Files.createSymbolicLink(dir.resolve(f.getFileName()), f.toAbsolutePath());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
