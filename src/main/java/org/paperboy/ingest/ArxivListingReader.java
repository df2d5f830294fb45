package org.paperboy.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Reads arXiv daily listings: one file per listing day named {@code YYYY-MM-DD.jsonl} or {@code
 * .jsonl.gz}, one JSON object per line with {@code id}, {@code title}, {@code authors}, {@code
 * categories}, {@code summary}, {@code comment}, {@code abs} and {@code pdf}.
 *
 * <p>Each line becomes a source record with id {@code DAY/ARXIVID}, so the listing days of a paper
 * can be re-derived from its records. Thread-safe: stateless.
 */
public final class ArxivListingReader implements SourceReader {
  public static final String SOURCE = "arxiv-listing";
  private static final Pattern FILE_NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.jsonl(?:\\.gz)?");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARXIV_CATEGORY = Pattern.compile("[a-z-]+(?:\\.[A-Za-z-]+)?");
  private final Clock clock;

  public ArxivListingReader(Clock clock) {
    this.clock = clock;
  }

  public ArxivListingReader() {
    this(Clock.systemUTC());
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path file) {
    return FILE_NAME.matcher(file.getFileName().toString()).matches();
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    LocalDate day = listingDay(file);
    String name = file.getFileName().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long lineNo = 0;
      String line;
      while (true) {
        try {
          line = lines.readLine();
        } catch (IOException e) {
          throw new IOException(
              name + ": cannot read past line " + lineNo + ": " + e.getMessage(), e);
        }
        if (line == null) {
          break;
        }
        lineNo++;
        readLine(name, lineNo, line, day, sink);
      }
    }
  }

  private static LocalDate listingDay(Path file) throws IOException {
    Matcher m = FILE_NAME.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IOException(
          file.getFileName() + ": not an arXiv listing file name (expected YYYY-MM-DD.jsonl[.gz])");
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new IOException(file.getFileName() + ": '" + m.group(1) + "' is not a date", e);
    }
  }

  private void readLine(String file, long lineNo, String line, LocalDate day, Sink sink) {
    if (line.isBlank()) {
      sink.skip(lineNo, "blank-line", "empty line");
      return;
    }
    JsonNode row;
    try {
      row = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.skip(lineNo, "malformed-json", e.getOriginalMessage());
      return;
    }
    if (!row.isObject()) {
      sink.skip(lineNo, "not-an-object", "expected a JSON object, got " + row.getNodeType());
      return;
    }
    String rawId = text(row, "id");
    if (rawId == null) {
      sink.skip(lineNo, "missing-id", "no 'id' field");
      return;
    }
    ArxivId.Versioned id;
    try {
      id = ArxivId.parse(rawId);
    } catch (IllegalArgumentException e) {
      sink.skip(lineNo, "bad-arxiv-id", e.getMessage());
      return;
    }
    String title = CleanText.line(text(row, "title"));
    if (title == null || title.isEmpty()) {
      sink.skip(lineNo, "missing-title", "paper " + rawId + " has no title");
      return;
    }
    List<Author> authors = new ArrayList<>();
    for (JsonNode a : row.path("authors")) {
      String name = CleanText.line(a.asText());
      if (!name.isEmpty()) {
        authors.add(new Author(name));
      }
    }
    // The list mixes arXiv categories with ACM and MSC classes ("I.2.7", "68T50", "2020: 00A69");
    // only
    // the arXiv ones are categories here, the rest stays in the raw record.
    List<String> categories = new ArrayList<>();
    row.path("categories")
        .forEach(
            c -> {
              String category = c.asText().strip();
              if (ARXIV_CATEGORY.matcher(category).matches()) {
                categories.add(category);
              }
            });
    Paper paper;
    try {
      paper =
          Paper.builder()
              .ids(ExternalIds.arxiv(id.id(), id.version()))
              .title(title)
              .authors(authors)
              .abstractText(CleanText.paragraphs(text(row, "summary")))
              .categories(categories)
              .comment(CleanText.line(text(row, "comment")))
              .listedOn(day)
              .firstPublished(day)
              .versionDate(day)
              .links(links(id.id()))
              .build();
    } catch (IllegalArgumentException e) {
      sink.skip(lineNo, "invalid-record", e.getMessage());
      return;
    }
    SourceRecord record =
        new SourceRecord(
            SOURCE, day + "/" + id.id().value(), clock.instant(), file + ":" + lineNo, line);
    sink.accept(record, paper);
  }

  /**
   * Links are derived from the id: the row's own URLs carry no more information and may be
   * malformed.
   */
  static List<Link> links(ArxivId id) {
    return List.of(
        Link.of("abs", "https://arxiv.org/abs/" + id.value()),
        Link.of("pdf", "https://arxiv.org/pdf/" + id.value()));
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
