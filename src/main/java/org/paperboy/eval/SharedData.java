package org.paperboy.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared real-data directory: {@code $PAPERBOY_SHARED_DATA}, else {@code ../shared/data}
 * next to the working directory (the layout of a checkout beside its data).
 */
public final class SharedData {
  private SharedData() {}

  public static Path defaultLocation() {
    String env = System.getenv("PAPERBOY_SHARED_DATA");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
  }

  /** The directory when it exists, else empty. */
  public static Optional<Path> find() {
    Path p = defaultLocation();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
