package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/** A sink for reader tests: keeps everything a reader hands over, in order. */
public final class CollectingSink implements SourceReader.Sink {
  /** A skipped row. */
  public record Skip(long line, String reason, String message) {}

  public final List<SourceRecord> records = new ArrayList<>();
  public final List<Paper> papers = new ArrayList<>();
  public final List<Skip> skips = new ArrayList<>();

  @Override
  public void accept(SourceRecord record, Paper paper) {
    records.add(record);
    papers.add(paper);
  }

  @Override
  public void skip(long line, String reason, String message) {
    skips.add(new Skip(line, reason, message));
  }
}
