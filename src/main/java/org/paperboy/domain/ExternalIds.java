package org.paperboy.domain;

import java.util.Locale;

/**
 * Identifiers a paper has outside Paperboy. Every field may be null when the paper has no such id.
 *
 * @param arxivId arXiv id without version
 * @param arxivVersion latest arXiv version seen, 0 when unknown or when there is no arXiv id
 * @param doi DOI, lower-cased, without a {@code https://doi.org/} prefix
 * @param aclId ACL Anthology id such as {@code 2023.acl-long.1}
 * @param openReviewId OpenReview forum id
 * @param s2Id Semantic Scholar paper id (40 hex digits)
 */
public record ExternalIds(
    ArxivId arxivId, int arxivVersion, String doi, String aclId, String openReviewId, String s2Id) {
  public static final ExternalIds NONE = new ExternalIds(null, 0, null, null, null, null);

  public ExternalIds {
    if (arxivVersion < 0) {
      throw new IllegalArgumentException("arxivVersion must be >= 0, got " + arxivVersion);
    }
    if (arxivId == null && arxivVersion != 0) {
      throw new IllegalArgumentException(
          "arxivVersion " + arxivVersion + " given without an arXiv id");
    }
    doi = normaliseDoi(doi);
    aclId = Require.nullOrNonBlank(aclId, "aclId");
    openReviewId = Require.nullOrNonBlank(openReviewId, "openReviewId");
    s2Id = Require.nullOrNonBlank(s2Id, "s2Id");
  }

  public static ExternalIds arxiv(ArxivId id, int version) {
    return new ExternalIds(id, version, null, null, null, null);
  }

  public ExternalIds withArxiv(ArxivId id, int version) {
    return new ExternalIds(id, version, doi, aclId, openReviewId, s2Id);
  }

  public ExternalIds withDoi(String value) {
    return new ExternalIds(arxivId, arxivVersion, value, aclId, openReviewId, s2Id);
  }

  public ExternalIds withAclId(String value) {
    return new ExternalIds(arxivId, arxivVersion, doi, value, openReviewId, s2Id);
  }

  public ExternalIds withOpenReviewId(String value) {
    return new ExternalIds(arxivId, arxivVersion, doi, aclId, value, s2Id);
  }

  public ExternalIds withS2Id(String value) {
    return new ExternalIds(arxivId, arxivVersion, doi, aclId, openReviewId, value);
  }

  /** Lower-cases a DOI and strips resolver prefixes; rejects what is not a DOI. */
  public static String normaliseDoi(String doi) {
    if (doi == null) {
      return null;
    }
    String d = doi.strip().toLowerCase(Locale.ROOT);
    for (String prefix :
        new String[] {
          "https://doi.org/", "http://doi.org/", "http://dx.doi.org/", "https://dx.doi.org/", "doi:"
        }) {
      if (d.startsWith(prefix)) {
        d = d.substring(prefix.length());
      }
    }
    if (!d.startsWith("10.") || d.indexOf('/') < 0) {
      throw new IllegalArgumentException("not a DOI: '" + doi + "'");
    }
    return d;
  }

  public boolean isEmpty() {
    return arxivId == null && doi == null && aclId == null && openReviewId == null && s2Id == null;
  }
}
