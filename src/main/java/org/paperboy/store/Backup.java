package org.paperboy.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Export and import of a whole store as JSON Lines: a header line, then one line per paper with its
 * source records, then ingest issues and the ingested-file ledger. Import into an empty store
 * reproduces the same papers with the same ids (and so the same {@link PaperStore#checksum()}).
 * Cached embeddings ({@link EmbeddingStore}) are left out: they are derived from the papers' texts
 * and {@code paperboy embed} recomputes them. Thread-safe: stateless.
 */
public final class Backup {
  public static final String FORMAT = "paperboy-export";
  public static final int VERSION = 2;
  private static final int IMPORT_BATCH = 1000;

  private Backup() {}

  /** Writes the whole store; returns the number of papers written. */
  public static long export(PaperStore store, Writer out, LongConsumer progress) {
    try {
      ObjectNode header = PaperJson.MAPPER.createObjectNode();
      header
          .put("type", "header")
          .put("format", FORMAT)
          .put("version", VERSION)
          .put("exportedAt", Instant.now().toString());
      writeLine(out, header);
      long[] n = {0};
      store.forEachPaper(
          0,
          p -> {
            ObjectNode line = PaperJson.MAPPER.createObjectNode();
            line.put("type", "paper");
            line.set("paper", PaperJson.encode(p));
            ArrayNode records = line.putArray("sourceRecords");
            store.sourceRecords(p.id()).forEach(r -> records.add(PaperJson.encode(r)));
            writeLine(out, line);
            progress.accept(++n[0]);
          });
      for (IngestIssue i : store.ingestIssues()) {
        ObjectNode line = PaperJson.MAPPER.createObjectNode();
        line.put("type", "ingestIssue")
            .put("file", i.file())
            .put("line", i.line())
            .put("reason", i.reason())
            .put("message", i.message());
        writeLine(out, line);
      }
      for (IngestedFile f : store.ingestedFiles()) {
        ObjectNode line = PaperJson.MAPPER.createObjectNode();
        line.put("type", "ingestedFile")
            .put("sha256", f.sha256())
            .put("name", f.name())
            .put("source", f.source())
            .put("rowsRead", f.rowsRead())
            .put("completedAt", f.completedAt().toString());
        writeLine(out, line);
      }
      out.flush();
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  private static void writeLine(Writer out, JsonNode node) {
    try {
      out.write(PaperJson.MAPPER.writeValueAsString(node));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  /**
   * Restores an export into an empty store.
   *
   * @throws IllegalStateException when the store already holds papers
   * @throws IllegalArgumentException naming the line when the input is not a Paperboy export
   */
  public static long importInto(PaperStore store, BufferedReader in, LongConsumer progress) {
    if (store.stats().papers() > 0) {
      throw new IllegalStateException(
          "the store already holds papers; import needs an empty data directory");
    }
    long lineNo = 0;
    long papers = 0;
    List<JsonNode> batch = new ArrayList<>(IMPORT_BATCH);
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = parse(line, lineNo);
        if (lineNo == 1) {
          checkHeader(node);
          continue;
        }
        batch.add(node);
        if (batch.size() == IMPORT_BATCH) {
          papers += restore(store, batch, lineNo);
          batch.clear();
          progress.accept(papers);
        }
      }
      papers += restore(store, batch, lineNo);
      progress.accept(papers);
      return papers;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export at line " + lineNo, e);
    }
  }

  private static JsonNode parse(String line, long lineNo) {
    try {
      return PaperJson.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "line " + lineNo + " of the export is not JSON: " + e.getMessage(), e);
    }
  }

  private static void checkHeader(JsonNode header) {
    if (!"header".equals(header.path("type").asText())
        || !FORMAT.equals(header.path("format").asText())) {
      throw new IllegalArgumentException(
          "not a Paperboy export: the first line has no {\"type\":\"header\",\"format\":\""
              + FORMAT
              + "\"}");
    }
    if (header.path("version").asInt() > VERSION) {
      throw new IllegalArgumentException(
          "export format version "
              + header.path("version").asInt()
              + " is newer than this Paperboy reads ("
              + VERSION
              + ")");
    }
  }

  private static long restore(PaperStore store, List<JsonNode> batch, long lastLine) {
    long papers = 0;
    try (IngestTransaction tx = store.begin()) {
      for (JsonNode node : batch) {
        String type = node.path("type").asText();
        switch (type) {
          case "paper" -> {
            Paper p = PaperJson.decodePaper(node.path("paper"));
            tx.restore(p);
            for (JsonNode r : node.path("sourceRecords")) {
              SourceRecord record = PaperJson.decodeRecord(r);
              tx.restoreSourceRecord(p.id(), record);
            }
            papers++;
          }
          case "ingestIssue" ->
              tx.recordIssue(
                  new IngestIssue(
                      node.path("file").asText(),
                      node.path("line").asLong(),
                      node.path("reason").asText(),
                      node.path("message").asText()));
          case "ingestedFile" ->
              tx.markFileIngested(
                  new IngestedFile(
                      node.path("sha256").asText(),
                      node.path("name").asText(),
                      node.path("source").asText(),
                      node.path("rowsRead").asLong(),
                      Instant.parse(node.path("completedAt").asText())));
          default ->
              throw new IllegalArgumentException(
                  "unknown line type '" + type + "' near line " + lastLine);
        }
      }
      tx.commit();
    }
    return papers;
  }
}
