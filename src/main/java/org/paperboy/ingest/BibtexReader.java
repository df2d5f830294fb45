package org.paperboy.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Reads BibTeX files ({@code *.bib}, UTF-8), as labs keep their publication lists, with jbibtex.
 *
 * <p>Each usable entry becomes a source record with id {@code FILE/KEY} (file name and citation
 * key), origin {@code FILE:LINE}, and as payload the entry as jbibtex formats it with macros and
 * crossref'd fields filled in, so that the record alone gives back its paper. Identical entries in
 * the same file give identical records; the ingest runner stores them once.
 *
 * <p>Skipped, by reason: {@code malformed-entry} (jbibtex could not parse it and went on with the
 * next {@code @}), {@code duplicate-key}, {@code missing-key}, {@code unsupported-type} (volumes
 * like {@code @proceedings}, and non-publications), {@code missing-title}, {@code invalid-record}
 * (the domain rejects the paper). A field value that cannot be used is left out of an otherwise
 * good paper and reported as {@code invalid-doi}, {@code invalid-year}, {@code invalid-arxiv-id} or
 * {@code invalid-url}. How field text is cleaned: {@link BibtexText}; what jbibtex accepts: {@link
 * BibtexDocument}.
 *
 * <p>Thread-safe: each {@link #read} uses its own parsers.
 */
public final class BibtexReader implements SourceReader {
  public static final String SOURCE = "bibtex";
  private final Clock clock;

  public BibtexReader(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public BibtexReader() {
    this(Clock.systemUTC());
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib");
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    String name = file.getFileName().toString();
    BibtexPapers papers = new BibtexPapers();
    for (BibtexDocument.Item item : BibtexDocument.parse(name, text(file, name))) {
      switch (item) {
        case BibtexDocument.Problem p -> sink.skip(p.line(), p.reason(), p.message());
        case BibtexDocument.Entry e -> readEntry(name, e, papers, sink);
      }
    }
  }

  private static String text(Path file, String name) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text; convert it first (e.g. with iconv)", e);
    }
  }

  private void readEntry(String name, BibtexDocument.Entry entry, BibtexPapers papers, Sink sink) {
    long line = entry.line() > 0 ? entry.line() : entry.index();
    if (!entry.hasKey()) {
      sink.skip(line, "missing-key", "entry #" + entry.index() + " has no citation key");
      return;
    }
    BibtexFields fields = BibtexFields.of(entry.entry());
    if (!BibtexPapers.PAPER_TYPES.contains(fields.type())) {
      sink.skip(
          line,
          "unsupported-type",
          "@" + fields.type() + " '" + fields.key() + "' is not a paper; not read");
      return;
    }
    String title = papers.title(fields);
    if (title == null) {
      sink.skip(line, "missing-title", "entry '" + fields.key() + "' has no title");
      return;
    }
    List<BibtexPapers.Issue> issues = new ArrayList<>();
    Paper paper;
    try {
      paper = papers.paper(fields, title, issues);
    } catch (IllegalArgumentException e) {
      report(issues, line, sink);
      sink.skip(line, "invalid-record", "entry '" + fields.key() + "': " + e.getMessage());
      return;
    }
    report(issues, line, sink);
    String origin = entry.line() > 0 ? name + ":" + entry.line() : name + ":#" + entry.index();
    sink.accept(
        new SourceRecord(
            SOURCE, name + "/" + fields.key(), clock.instant(), origin, fields.toBibtex()),
        paper);
  }

  private static void report(List<BibtexPapers.Issue> issues, long line, Sink sink) {
    issues.forEach(issue -> sink.skip(line, issue.reason(), issue.message()));
  }
}
