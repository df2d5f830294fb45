package org.paperboy.enrich;

import java.util.Optional;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Paper;
import org.paperboy.domain.Require;

/**
 * A paper id as the Graph API takes it: a Semantic Scholar id (40 hex digits), or another id with
 * its prefix ({@code DOI:10.…}, {@code ARXIV:2504.08901}, {@code ACL:…}, {@code CorpusId:…}).
 *
 * @param value the id as it goes into the URL path
 */
public record S2PaperId(String value) {
  public S2PaperId {
    Require.nonBlank(value, "Semantic Scholar paper id");
    if (value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '?' || c == '#')) {
      throw new IllegalArgumentException(
          "a Semantic Scholar paper id has no spaces, '?' or '#', got '" + value + "'");
    }
  }

  public static S2PaperId doi(String doi) {
    return new S2PaperId("DOI:" + ExternalIds.normaliseDoi(doi));
  }

  public static S2PaperId arxiv(ArxivId id) {
    return new S2PaperId("ARXIV:" + id.value());
  }

  /** The best id to look a stored paper up by: its S2 id, else its DOI, else its arXiv id. */
  public static Optional<S2PaperId> of(Paper paper) {
    ExternalIds ids = paper.ids();
    if (ids.s2Id() != null) {
      return Optional.of(new S2PaperId(ids.s2Id()));
    }
    if (ids.doi() != null) {
      return Optional.of(doi(ids.doi()));
    }
    return Optional.ofNullable(ids.arxivId()).map(S2PaperId::arxiv);
  }

  @Override
  public String toString() {
    return value;
  }
}
