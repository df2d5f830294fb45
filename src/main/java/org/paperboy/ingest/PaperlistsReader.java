package org.paperboy.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Reads conference paper lists in the layout of the paperlists data set: one file per venue and
 * year, {@code <venue>/<venue><year>.json[.gz]}, each a JSON array of paper objects ({@code title},
 * {@code author}, {@code authorids}, {@code abstract}, {@code status}, {@code site}, {@code doi},
 * {@code arxiv} …; which keys are present varies by venue).
 *
 * <p>The array is streamed element by element, so a file never sits in memory as one tree. Each
 * element becomes a source record with id {@code <venue><year>/<id>}, or {@code
 * <venue><year>/@<position>} when the element has no {@code id} (CVPR, ICCV, SIGGRAPH): both stay
 * the same across runs over the same file. Origin is {@code <file>:<position>}, 1-based; the
 * payload is the element re-serialised compactly. How an element maps to a paper: {@link
 * PaperlistsPapers}, {@link PaperlistsAuthors}, {@link PaperlistsVenue}.
 *
 * <p>Skips (the run goes on): an element with no title ({@code missing-title}), one whose {@code
 * id} repeats an earlier element of the file ({@code duplicate-id}: SIGGRAPH 2025 lists a poster
 * once per session), one that is not an object ({@code not-an-object}), and one the domain rejects
 * ({@code invalid-record}). A file that is not valid gzip or JSON ends the read with an {@link
 * IOException} naming the file, the element and the line and column reached; the elements before it
 * have been handed over.
 *
 * <p>Thread-safe: the only state is the {@link #droppedFields()} counters, which are concurrent.
 */
public final class PaperlistsReader implements SourceReader {
  public static final String SOURCE = "paperlists";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Clock clock;
  private final DroppedFields dropped = new DroppedFields();
  private final PaperlistsPapers papers = new PaperlistsPapers(dropped);

  public PaperlistsReader(Clock clock) {
    this.clock = clock;
  }

  public PaperlistsReader() {
    this(Clock.systemUTC());
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public boolean accepts(Path file) {
    return PaperlistsVenue.of(file).isPresent();
  }

  /** Values this reader left out of records it kept, by reason, over every file it has read. */
  public DroppedFields droppedFields() {
    return dropped;
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    PaperlistsVenue venue =
        PaperlistsVenue.of(file)
            .orElseThrow(
                () ->
                    new IOException(
                        file
                            + ": not a paperlists file (expected <venue>/<venue><year>.json[.gz])"));
    String name = file.getFileName().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        JsonParser parser = JSON.createParser(in)) {
      new FileRead(name, venue, parser, sink).run();
    }
  }

  /** One pass over one file. Not thread-safe. */
  private final class FileRead {
    private final String name;
    private final PaperlistsVenue venue;
    private final JsonParser parser;
    private final Sink sink;
    private final Map<String, Long> firstIndexById = new HashMap<>();
    private long index;

    FileRead(String name, PaperlistsVenue venue, JsonParser parser, Sink sink) {
      this.name = name;
      this.venue = venue;
      this.parser = parser;
      this.sink = sink;
    }

    void run() throws IOException {
      JsonToken first = next();
      if (first != JsonToken.START_ARRAY) {
        throw failure("expected a JSON array, found " + (first == null ? "nothing" : first));
      }
      JsonNode element;
      while ((element = nextElement()) != null) {
        index++;
        handle(element);
      }
      if (next() != null) {
        throw failure("unexpected content after the array");
      }
    }

    /** The next array element, or null at the end of the array. */
    private JsonNode nextElement() throws IOException {
      JsonToken t = next();
      if (t == JsonToken.END_ARRAY) {
        return null;
      }
      if (t == null) {
        throw failure("the array is not closed");
      }
      try {
        return parser.readValueAsTree();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private JsonToken next() throws IOException {
      try {
        return parser.nextToken();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    private void handle(JsonNode element) {
      if (!element.isObject()) {
        sink.skip(index, "not-an-object", "expected a JSON object, got " + element.getNodeType());
        return;
      }
      String id = PaperlistsPapers.text(element, "id");
      id = id == null || id.isBlank() ? null : id.strip();
      String title = PaperlistsPapers.text(element, "title");
      if (title == null || title.isBlank()) {
        sink.skip(index, "missing-title", "element " + index + describe(id) + " has no title");
        return;
      }
      Long first = id == null ? null : firstIndexById.get(id);
      if (first != null) {
        sink.skip(index, "duplicate-id", "id '" + id + "' repeats element " + first);
        return;
      }
      Paper paper;
      try {
        paper = papers.paper(element, venue);
      } catch (IllegalArgumentException e) {
        sink.skip(
            index, "invalid-record", "element " + index + describe(id) + ": " + e.getMessage());
        return;
      }
      if (id != null) {
        firstIndexById.put(id, index);
      }
      String sourceId = venue.key() + "/" + (id != null ? id : "@" + index);
      sink.accept(
          new SourceRecord(
              SOURCE, sourceId, clock.instant(), name + ":" + index, element.toString()),
          paper);
    }

    private static String describe(String id) {
      return id == null ? "" : " (id '" + id + "')";
    }

    /** A problem with the file's outline (not an array, not closed, content after it). */
    private IOException failure(String problem) {
      return new IOException(
          name + ": " + problem + " at " + position() + ", after element " + index);
    }

    /** A read error, in the element after the last one handed over. */
    private IOException failure(IOException cause) {
      String problem =
          cause instanceof JsonProcessingException json
              ? json.getOriginalMessage()
              : cause.getMessage();
      return new IOException(
          name + ": cannot read element " + (index + 1) + " at " + position() + ": " + problem,
          cause);
    }

    private String position() {
      JsonLocation at = parser.currentLocation();
      return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
  }
}
