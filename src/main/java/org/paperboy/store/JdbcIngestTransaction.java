package org.paperboy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;
import org.paperboy.domain.SourceRecord;

/** A write transaction on one pooled connection. Not thread-safe. */
final class JdbcIngestTransaction implements IngestTransaction {
  private final Connection c;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final long revision;
  private boolean changed;
  private boolean committed;
  private SourceRecord lastHashed;
  private String lastSha;

  JdbcIngestTransaction(Connection c) {
    this.c = c;
    try {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT value FROM store_counter WHERE name = 'revision'")) {
        rs.next();
        revision = rs.getLong(1) + 1;
      }
    } catch (SQLException e) {
      StoreException failure = new StoreException("cannot start a write transaction", e);
      try {
        release();
      } catch (StoreException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  private PreparedStatement st(String sql) throws SQLException {
    PreparedStatement st = statements.get(sql);
    if (st == null) {
      st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
      statements.put(sql, st);
    }
    return st;
  }

  @Override
  public boolean hasSourceRecord(SourceRecord r) {
    try {
      PreparedStatement st =
          st(
              "SELECT 1 FROM source_record WHERE source = ? AND source_id = ? AND payload_sha256 = ?");
      st.setString(1, r.source());
      st.setString(2, r.sourceId());
      st.setString(3, sha(r));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot look up source record " + r.source() + "/" + r.sourceId(), e);
    }
  }

  @Override
  public void addSourceRecord(SourceRecord r, long paperId) {
    try {
      PreparedStatement st =
          st(
              "INSERT INTO source_record (source, source_id, payload_sha256, fetched_at, origin, payload, paper_id)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, source_id, payload_sha256) DO NOTHING");
      st.setString(1, r.source());
      st.setString(2, r.sourceId());
      st.setString(3, sha(r));
      st.setString(4, r.fetchedAt().toString());
      st.setString(5, r.origin());
      st.setString(6, r.payload());
      st.setLong(7, paperId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot store source record " + r.source() + "/" + r.sourceId(), e);
    }
  }

  /** The payload hash, remembered for the last record: callers check a record, then add it. */
  @SuppressWarnings(
      "ReferenceEquality") // an identity cache: the same object is checked, then added
  private String sha(SourceRecord r) {
    if (r != lastHashed) {
      lastHashed = r;
      lastSha = Sha256.hex(r.payload());
    }
    return lastSha;
  }

  @Override
  public Optional<Paper> findByExternalIds(ExternalIds ids) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    try {
      PreparedStatement st =
          st(
              "SELECT id FROM paper WHERE arxiv_id = ? OR doi = ? OR acl_id = ? OR openreview_id = ?"
                  + " OR s2_id = ? LIMIT 1");
      st.setString(1, ids.arxivId() == null ? null : ids.arxivId().value());
      st.setString(2, ids.doi());
      st.setString(3, ids.aclId());
      st.setString(4, ids.openReviewId());
      st.setString(5, ids.s2Id());
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        return PaperRows.load(this::st, List.of(id)).stream().findFirst();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up paper by " + ids, e);
    }
  }

  @Override
  public Paper insert(Paper paper) {
    if (paper.isStored()) {
      throw new IllegalArgumentException("paper " + paper.id() + " is stored already; use update");
    }
    try {
      changed = true;
      PreparedStatement st =
          st(
              "INSERT INTO paper ("
                  + PaperRows.COLUMNS.substring("id, ".length())
                  + ", revision)"
                  + " VALUES ("
                  + PaperRows.placeholders(1)
                  + ")");
      PaperRows.bindColumns(st, 1, paper);
      st.setLong(PaperRows.BOUND + 1, revision);
      st.executeUpdate();
      long id = generatedId(st);
      insertAuthors(id, paper.authors());
      insertListings(id, paper.listingDates());
      insertVersions(id, paper.versions());
      return paper.withId(id);
    } catch (SQLException e) {
      throw new StoreException("cannot insert paper '" + paper.title() + "' " + paper.ids(), e);
    }
  }

  @Override
  public void update(Paper stored, Paper updated) {
    if (stored.id() != updated.id() || !stored.isStored()) {
      throw new IllegalArgumentException(
          "update must keep the stored id " + stored.id() + ", got " + updated.id());
    }
    long id = stored.id();
    try {
      changed = true;
      PreparedStatement st =
          st(
              "UPDATE paper SET arxiv_id = ?, arxiv_version = ?, doi = ?, acl_id = ?, openreview_id = ?, title = ?,"
                  + " abstract = ?, categories = ?, venue = ?, comment = ?, first_published = ?, version_date = ?,"
                  + " links = ?, year = ?, s2_id = ?, revision = ? WHERE id = ?");
      PaperRows.bindColumns(st, 1, updated);
      st.setLong(PaperRows.BOUND + 1, revision);
      st.setLong(PaperRows.BOUND + 2, id);
      if (st.executeUpdate() != 1) {
        throw new StoreException("no paper with id " + id + " to update");
      }
      if (!stored.authors().equals(updated.authors())) {
        PreparedStatement delete = st("DELETE FROM paper_author WHERE paper_id = ?");
        delete.setLong(1, id);
        delete.executeUpdate();
        insertAuthors(id, updated.authors());
      }
      Set<LocalDate> added = new TreeSet<>(updated.listingDates());
      added.removeAll(stored.listingDates());
      insertListings(id, added);
      if (!stored.versions().equals(updated.versions())) {
        PreparedStatement deleteVersions = st("DELETE FROM paper_version WHERE paper_id = ?");
        deleteVersions.setLong(1, id);
        deleteVersions.executeUpdate();
        insertVersions(id, updated.versions());
      }
      PreparedStatement delete =
          st("DELETE FROM paper_listing WHERE paper_id = ? AND listing_date = ?");
      for (LocalDate day : stored.listingDates()) {
        if (!updated.listingDates().contains(day)) {
          delete.setLong(1, id);
          delete.setString(2, day.toString());
          delete.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot update paper " + id, e);
    }
  }

  @Override
  public void restore(Paper paper) {
    try {
      changed = true;
      PreparedStatement st =
          st(
              "INSERT INTO paper ("
                  + PaperRows.COLUMNS
                  + ", revision) VALUES (?, "
                  + PaperRows.placeholders(1)
                  + ")");
      st.setLong(1, paper.id());
      PaperRows.bindColumns(st, 2, paper);
      st.setLong(PaperRows.BOUND + 2, revision);
      st.executeUpdate();
      insertAuthors(paper.id(), paper.authors());
      insertListings(paper.id(), paper.listingDates());
      insertVersions(paper.id(), paper.versions());
    } catch (SQLException e) {
      throw new StoreException("cannot restore paper " + paper.id(), e);
    }
  }

  @Override
  public void restoreSourceRecord(long paperId, SourceRecord record) {
    addSourceRecord(record, paperId);
  }

  private void insertAuthors(long id, List<Author> authors) throws SQLException {
    PreparedStatement st =
        st("INSERT INTO paper_author (paper_id, position, name, external_id) VALUES (?, ?, ?, ?)");
    int position = 0;
    for (Author a : authors) {
      st.setLong(1, id);
      st.setInt(2, position++);
      st.setString(3, a.name());
      st.setString(4, a.id());
      st.addBatch();
    }
    st.executeBatch();
  }

  private void insertVersions(long id, List<PaperVersion> versions) throws SQLException {
    PreparedStatement st =
        st("INSERT INTO paper_version (paper_id, number, submitted) VALUES (?, ?, ?)");
    for (PaperVersion v : versions) {
      st.setLong(1, id);
      st.setInt(2, v.number());
      st.setString(3, v.submitted().toString());
      st.addBatch();
    }
    st.executeBatch();
  }

  private void insertListings(long id, Set<LocalDate> days) throws SQLException {
    PreparedStatement st = st("INSERT INTO paper_listing (listing_date, paper_id) VALUES (?, ?)");
    for (LocalDate day : days) {
      st.setString(1, day.toString());
      st.setLong(2, id);
      st.addBatch();
    }
    st.executeBatch();
  }

  @Override
  public void recordIssue(IngestIssue issue) {
    try {
      PreparedStatement st =
          st(
              "INSERT INTO ingest_issue (file, line, reason, message, recorded_at) VALUES (?, ?, ?, ?, ?)"
                  + " ON CONFLICT (file, line, reason) DO NOTHING");
      st.setString(1, issue.file());
      st.setLong(2, issue.line());
      st.setString(3, issue.reason());
      st.setString(4, issue.message());
      st.setString(5, Instant.now().toString());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record ingest issue " + issue, e);
    }
  }

  @Override
  public void saveCheckpoint(HarvestCheckpoint cp) {
    try {
      PreparedStatement st =
          st(
              "INSERT INTO harvest_checkpoint (harvest, resumption_token, pages, records,"
                  + " complete_list_size, last_response_date, completed, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (harvest) DO UPDATE SET"
                  + " resumption_token = excluded.resumption_token, pages = excluded.pages,"
                  + " records = excluded.records, complete_list_size = excluded.complete_list_size,"
                  + " last_response_date = excluded.last_response_date, completed = excluded.completed,"
                  + " updated_at = excluded.updated_at");
      st.setString(1, cp.harvest());
      st.setString(2, cp.resumptionToken());
      st.setLong(3, cp.pages());
      st.setLong(4, cp.records());
      if (cp.completeListSize() == null) {
        st.setNull(5, java.sql.Types.INTEGER);
      } else {
        st.setLong(5, cp.completeListSize());
      }
      st.setString(6, cp.lastResponseDate());
      st.setInt(7, cp.completed() ? 1 : 0);
      st.setString(8, cp.updatedAt().toString());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot save the checkpoint of harvest " + cp.harvest(), e);
    }
  }

  @Override
  public void deleteCheckpoint(String harvest) {
    try {
      PreparedStatement st = st("DELETE FROM harvest_checkpoint WHERE harvest = ?");
      st.setString(1, harvest);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot delete the checkpoint of harvest " + harvest, e);
    }
  }

  @Override
  public void markFileIngested(IngestedFile f) {
    try {
      PreparedStatement st =
          st(
              "INSERT INTO ingested_file (sha256, name, source, rows_read, completed_at) VALUES (?, ?, ?, ?, ?)"
                  + " ON CONFLICT (sha256) DO NOTHING");
      st.setString(1, f.sha256());
      st.setString(2, f.name());
      st.setString(3, f.source());
      st.setLong(4, f.rowsRead());
      st.setString(5, f.completedAt().toString());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record ingested file " + f.name(), e);
    }
  }

  private static long generatedId(PreparedStatement st) throws SQLException {
    try (ResultSet keys = st.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new StoreException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }

  @Override
  public void commit() {
    try {
      if (changed) {
        try (PreparedStatement st =
            c.prepareStatement("UPDATE store_counter SET value = ? WHERE name = 'revision'")) {
          st.setLong(1, revision);
          st.executeUpdate();
        }
      }
      c.commit();
      committed = true;
    } catch (SQLException e) {
      throw new StoreException("cannot commit", e);
    }
  }

  @Override
  public void close() {
    try {
      if (!committed) {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot roll back", e);
    } finally {
      release();
    }
  }

  private void release() {
    SQLException failure = null;
    for (PreparedStatement st : statements.values()) {
      try {
        st.close();
      } catch (SQLException e) {
        failure = chain(failure, e);
      }
    }
    try {
      c.setAutoCommit(true);
      c.close();
    } catch (SQLException e) {
      failure = chain(failure, e);
    }
    if (failure != null) {
      throw new StoreException("cannot release the database connection", failure);
    }
  }

  private static SQLException chain(SQLException first, SQLException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
