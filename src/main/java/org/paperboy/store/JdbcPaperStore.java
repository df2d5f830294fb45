package org.paperboy.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/** The JDBC store. Thread-safe: every call borrows a pooled connection. */
public final class JdbcPaperStore implements PaperStore {
  private static final int PAGE = 1000;
  private final Database db;
  private final JdbcEmbeddingStore embeddings;

  public JdbcPaperStore(Database db) {
    this.db = db;
    this.embeddings = new JdbcEmbeddingStore(db);
  }

  @Override
  public EmbeddingStore embeddings() {
    return embeddings;
  }

  /** Opens (creating and migrating when needed) the embedded SQLite store under {@code dataDir}. */
  public static JdbcPaperStore sqlite(java.nio.file.Path dataDir) {
    return new JdbcPaperStore(Database.sqlite(dataDir));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection c = db.connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what, e);
    }
  }

  @Override
  public Optional<Paper> paper(long id) {
    return papers(List.of(id)).stream().findFirst();
  }

  @Override
  public Optional<Paper> paperByArxivId(ArxivId id) {
    return read(
        "paper " + id,
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT id FROM paper WHERE arxiv_id = ?")) {
            st.setString(1, id.value());
            try (ResultSet rs = st.executeQuery()) {
              return rs.next()
                  ? PaperRows.load(c, List.of(rs.getLong(1))).stream().findFirst()
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<Paper> papers(List<Long> ids) {
    return read("papers " + ids.size(), c -> PaperRows.load(c, ids));
  }

  @Override
  public List<Paper> listedOn(LocalDate day) {
    List<Paper> papers =
        read(
            "listing of " + day,
            c -> {
              List<Long> ids = new ArrayList<>();
              try (PreparedStatement st =
                  c.prepareStatement("SELECT paper_id FROM feed_day WHERE day = ?")) {
                st.setString(1, day.toString());
                try (ResultSet rs = st.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getLong(1));
                  }
                }
              }
              return PaperRows.load(c, ids);
            });
    // New papers first (as arXiv lists them), then those listed again after a revision.
    Comparator<Paper> newFirst = Comparator.comparing((Paper p) -> !day.equals(p.firstSeen()));
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(
        newFirst
            .thenComparing(p -> p.ids().arxivId() == null ? "" : p.ids().arxivId().value())
            .thenComparingLong(Paper::id));
    return sorted;
  }

  @Override
  public Optional<ListingDay> listingDay(LocalDate day) {
    return read(
        "listing day " + day,
        c -> {
          LocalDate found =
              day == null
                  ? one(c, "SELECT MAX(day) FROM feed_day", null)
                  : one(c, "SELECT MAX(day) FROM feed_day WHERE day <= ?", day);
          if (found == null && day != null) {
            found = one(c, "SELECT MIN(day) FROM feed_day WHERE day > ?", day);
          }
          if (found == null) {
            return Optional.empty();
          }
          LocalDate previous = one(c, "SELECT MAX(day) FROM feed_day WHERE day < ?", found);
          LocalDate next = one(c, "SELECT MIN(day) FROM feed_day WHERE day > ?", found);
          int count;
          try (PreparedStatement st =
              c.prepareStatement("SELECT COUNT(*) FROM feed_day WHERE day = ?")) {
            st.setString(1, found.toString());
            try (ResultSet rs = st.executeQuery()) {
              rs.next();
              count = rs.getInt(1);
            }
          }
          return Optional.of(new ListingDay(found, previous, next, count));
        });
  }

  private static LocalDate one(Connection c, String sql, LocalDate arg) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      if (arg != null) {
        st.setString(1, arg.toString());
      }
      try (ResultSet rs = st.executeQuery()) {
        String s = rs.next() ? rs.getString(1) : null;
        return s == null ? null : LocalDate.parse(s);
      }
    }
  }

  @Override
  public long forEachPaper(long afterRevision, Consumer<Paper> consumer) {
    long maxRevision = afterRevision;
    long lastId = 0;
    while (true) {
      final long from = lastId;
      Map<Long, Long> page =
          read(
              "papers after id " + from,
              c -> {
                Map<Long, Long> ids = new LinkedHashMap<>();
                try (PreparedStatement st =
                    c.prepareStatement(
                        "SELECT id, revision FROM paper WHERE revision > ? AND id > ? ORDER BY id LIMIT "
                            + PAGE)) {
                  st.setLong(1, afterRevision);
                  st.setLong(2, from);
                  try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                      ids.put(rs.getLong(1), rs.getLong(2));
                    }
                  }
                }
                return ids;
              });
      if (page.isEmpty()) {
        return maxRevision;
      }
      for (long r : page.values()) {
        maxRevision = Math.max(maxRevision, r);
      }
      List<Long> ids = new ArrayList<>(page.keySet());
      papers(ids).forEach(consumer);
      lastId = ids.get(ids.size() - 1);
    }
  }

  @Override
  public long revision() {
    return read(
        "revision",
        c -> {
          try (PreparedStatement st =
                  c.prepareStatement("SELECT value FROM store_counter WHERE name = 'revision'");
              ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private static final String RECORD_COLUMNS = "source, source_id, fetched_at, origin, payload";

  private static SourceRecord record(ResultSet rs) throws SQLException {
    return new SourceRecord(
        rs.getString(1),
        rs.getString(2),
        Instant.parse(rs.getString(3)),
        rs.getString(4),
        rs.getString(5));
  }

  @Override
  public List<SourceRecord> sourceRecords(long paperId) {
    return read(
        "source records of paper " + paperId,
        c -> {
          List<SourceRecord> out = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT "
                      + RECORD_COLUMNS
                      + " FROM source_record WHERE paper_id = ? ORDER BY id")) {
            st.setLong(1, paperId);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                out.add(record(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void forEachSourceRecord(BiConsumer<Long, SourceRecord> consumer) {
    read(
        "source records",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT "
                      + RECORD_COLUMNS
                      + ", paper_id FROM source_record ORDER BY paper_id, id")) {
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                consumer.accept(rs.getLong(6), record(rs));
              }
            }
          }
          return null;
        });
  }

  @Override
  public StoreStats stats() {
    return read(
        "stats",
        c -> {
          Map<String, Long> skipped = new LinkedHashMap<>();
          try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT reason, COUNT(*) FROM ingest_issue GROUP BY reason ORDER BY reason");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              skipped.put(rs.getString(1), rs.getLong(2));
            }
          }
          return new StoreStats(
              count(c, "SELECT COUNT(*) FROM paper"),
              count(c, "SELECT COUNT(*) FROM paper WHERE abstract IS NOT NULL"),
              count(c, "SELECT COUNT(*) FROM source_record"),
              count(c, "SELECT COUNT(DISTINCT listing_date) FROM paper_listing"),
              one(c, "SELECT MIN(listing_date) FROM paper_listing", null),
              one(c, "SELECT MAX(listing_date) FROM paper_listing", null),
              count(c, "SELECT COUNT(*) FROM ingested_file"),
              skipped,
              count(c, "SELECT value FROM store_counter WHERE name = 'revision'"));
        });
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public String checksum() {
    MessageDigest md = Sha256.digest();
    forEachPaper(
        0,
        p -> md.update((PaperJson.encode(p).toString() + "\n").getBytes(StandardCharsets.UTF_8)));
    forEachSourceRecord(
        (paperId, r) ->
            md.update(
                (paperId + "\t" + PaperJson.encode(r).toString() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  @Override
  public List<IngestIssue> ingestIssues() {
    return read(
        "ingest issues",
        c -> {
          List<IngestIssue> out = new ArrayList<>();
          try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT file, line, reason, message FROM ingest_issue ORDER BY id");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new IngestIssue(
                      rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
          }
          return out;
        });
  }

  @Override
  public Optional<HarvestCheckpoint> checkpoint(String harvest) {
    return read(
        "checkpoint of " + harvest,
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT resumption_token, pages, records, complete_list_size, last_response_date,"
                      + " completed, updated_at FROM harvest_checkpoint WHERE harvest = ?")) {
            st.setString(1, harvest);
            try (ResultSet rs = st.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              long size = rs.getLong(4);
              Long completeListSize = rs.wasNull() ? null : size;
              return Optional.of(
                  new HarvestCheckpoint(
                      harvest,
                      rs.getString(1),
                      rs.getLong(2),
                      rs.getLong(3),
                      completeListSize,
                      rs.getString(5),
                      rs.getInt(6) == 1,
                      Instant.parse(rs.getString(7))));
            }
          }
        });
  }

  @Override
  public boolean isFileIngested(String sha256) {
    return read(
        "ingested-file ledger",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT 1 FROM ingested_file WHERE sha256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public List<IngestedFile> ingestedFiles() {
    return read(
        "ingested files",
        c -> {
          List<IngestedFile> out = new ArrayList<>();
          try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT sha256, name, source, rows_read, completed_at FROM ingested_file ORDER BY name");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new IngestedFile(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      Instant.parse(rs.getString(5))));
            }
          }
          return out;
        });
  }

  @Override
  public IngestTransaction begin() {
    return new JdbcIngestTransaction(db.connection());
  }

  @Override
  public void close() {
    db.close();
  }
}
