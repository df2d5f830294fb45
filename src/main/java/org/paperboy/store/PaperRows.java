package org.paperboy.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;

/**
 * Maps papers to and from their rows (paper, paper_author, paper_listing). Stateless and
 * thread-safe.
 */
final class PaperRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IN_BATCH = 500;
  static final String COLUMNS =
      "id, arxiv_id, arxiv_version, doi, acl_id, openreview_id, title, abstract, categories, venue, comment,"
          + " first_published, version_date, links, year, s2_id";

  private PaperRows() {}

  /** Prepares (or reuses) a statement; the provider owns and closes what it prepares. */
  @FunctionalInterface
  interface Statements {
    PreparedStatement prepare(String sql) throws SQLException;
  }

  /** Loads papers by id with everything that belongs to them, in the order of {@code ids}. */
  static List<Paper> load(Connection c, List<Long> ids) throws SQLException {
    List<PreparedStatement> opened = new ArrayList<>();
    try {
      return load(
          sql -> {
            PreparedStatement st = c.prepareStatement(sql);
            opened.add(st);
            return st;
          },
          ids);
    } finally {
      for (PreparedStatement st : opened) {
        st.close();
      }
    }
  }

  /**
   * As {@link #load(Connection, List)}, with statements from the caller's cache (the ingest path).
   */
  static List<Paper> load(Statements statements, List<Long> ids) throws SQLException {
    Map<Long, Paper> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
      found.putAll(loadBatch(statements, batch));
    }
    List<Paper> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Paper p = found.get(id);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static Map<Long, Paper> loadBatch(Statements statements, List<Long> ids)
      throws SQLException {
    String in = String.join(",", Collections.nCopies(ids.size(), "?"));
    Map<Long, List<Author>> authors = new HashMap<>();
    PreparedStatement a =
        statements.prepare(
            "SELECT paper_id, name, external_id FROM paper_author WHERE paper_id IN ("
                + in
                + ") ORDER BY paper_id, position");
    bind(a, ids);
    try (ResultSet rs = a.executeQuery()) {
      while (rs.next()) {
        authors
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Author(rs.getString(2), rs.getString(3)));
      }
    }
    Map<Long, TreeSet<LocalDate>> listings = new HashMap<>();
    PreparedStatement l =
        statements.prepare(
            "SELECT paper_id, listing_date FROM paper_listing WHERE paper_id IN (" + in + ")");
    bind(l, ids);
    try (ResultSet rs = l.executeQuery()) {
      while (rs.next()) {
        listings
            .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
            .add(LocalDate.parse(rs.getString(2)));
      }
    }
    Map<Long, List<PaperVersion>> versions = new HashMap<>();
    PreparedStatement v =
        statements.prepare(
            "SELECT paper_id, number, submitted FROM paper_version WHERE paper_id IN (" + in + ")");
    bind(v, ids);
    try (ResultSet rs = v.executeQuery()) {
      while (rs.next()) {
        versions
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new PaperVersion(rs.getInt(2), LocalDate.parse(rs.getString(3))));
      }
    }
    Map<Long, Paper> papers = new LinkedHashMap<>();
    PreparedStatement p =
        statements.prepare("SELECT " + COLUMNS + " FROM paper WHERE id IN (" + in + ")");
    bind(p, ids);
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        papers.put(
            id,
            paper(
                rs,
                authors.getOrDefault(id, List.of()),
                listings.getOrDefault(id, new TreeSet<>()),
                versions.getOrDefault(id, List.of())));
      }
    }
    return papers;
  }

  private static void bind(PreparedStatement st, List<Long> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      st.setLong(i + 1, ids.get(i));
    }
  }

  private static Paper paper(
      ResultSet rs,
      List<Author> authors,
      java.util.SortedSet<LocalDate> listings,
      List<PaperVersion> versions)
      throws SQLException {
    String arxiv = rs.getString(2);
    ExternalIds ids =
        new ExternalIds(
            arxiv == null ? null : new ArxivId(arxiv),
            rs.getInt(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(16));
    String categories = rs.getString(9);
    return new Paper(
        rs.getLong(1),
        ids,
        rs.getString(7),
        authors,
        rs.getString(8),
        categories.isBlank() ? List.of() : Arrays.asList(categories.strip().split("\\s+")),
        rs.getString(10),
        rs.getInt(15),
        rs.getString(11),
        listings,
        date(rs.getString(12)),
        date(rs.getString(13)),
        links(rs.getString(14)),
        versions);
  }

  /**
   * Binds the {@value #BOUND} paper columns after {@code id} starting at parameter {@code first}.
   */
  static void bindColumns(PreparedStatement st, int first, Paper p) throws SQLException {
    ExternalIds ids = p.ids();
    int i = first;
    st.setString(i++, ids.arxivId() == null ? null : ids.arxivId().value());
    st.setInt(i++, ids.arxivVersion());
    st.setString(i++, ids.doi());
    st.setString(i++, ids.aclId());
    st.setString(i++, ids.openReviewId());
    st.setString(i++, p.title());
    st.setString(i++, p.abstractText());
    st.setString(i++, String.join(" ", p.categories()));
    st.setString(i++, p.venue());
    st.setString(i++, p.comment());
    st.setString(i++, p.firstPublished() == null ? null : p.firstPublished().toString());
    st.setString(i++, p.versionDate() == null ? null : p.versionDate().toString());
    st.setString(i++, linksJson(p.links()));
    st.setInt(i++, p.year());
    st.setString(i, ids.s2Id());
  }

  /** How many columns {@link #bindColumns} binds. */
  static final int BOUND = 15;

  /** {@code ?, ?, …} for the bound columns plus {@code extra} more. */
  static String placeholders(int extra) {
    return String.join(", ", Collections.nCopies(BOUND + extra, "?"));
  }

  static String linksJson(List<Link> links) {
    List<Map<String, String>> out = new ArrayList<>(links.size());
    for (Link l : links) {
      out.add(Map.of("rel", l.rel(), "url", l.url().toString()));
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode links " + links, e);
    }
  }

  private static List<Link> links(String json) {
    try {
      List<Map<String, String>> raw = JSON.readValue(json, new TypeReference<>() {});
      List<Link> out = new ArrayList<>(raw.size());
      for (Map<String, String> m : raw) {
        out.add(Link.of(m.get("rel"), m.get("url")));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt links column '" + json + "'", e);
    }
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
