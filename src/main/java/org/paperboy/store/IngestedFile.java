package org.paperboy.store;

import java.time.Instant;
import java.util.Objects;
import org.paperboy.domain.Require;

/** A file read to its end. Files are known by content hash, so a renamed copy is not read twice. */
public record IngestedFile(
    String sha256, String name, String source, long rowsRead, Instant completedAt) {
  public IngestedFile {
    Require.nonBlank(sha256, "sha256");
    Require.nonBlank(name, "name");
    Require.nonBlank(source, "source");
    Require.nonNegative(rowsRead, "rowsRead");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
