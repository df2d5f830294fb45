package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;

/**
 * Maps one BibTeX entry's fields to a paper. A field value that cannot be used (a DOI that is not
 * one, a year that is not a number) is left out and reported as an issue, and the paper is built
 * without it. {@code keywords} are not categories (they are free phrases); {@code month} has no
 * place in a paper (its dates are days) and stays in the source record.
 *
 * <p>Not thread-safe: holds a {@link BibtexText}; one per reading thread.
 */
final class BibtexPapers {
  /** Types that describe one work by its authors; volumes and non-publications are not papers. */
  static final Set<String> PAPER_TYPES =
      Set.of(
          "article",
          "inproceedings",
          "conference",
          "incollection",
          "inbook",
          "book",
          "phdthesis",
          "mastersthesis",
          "thesis",
          "techreport",
          "report",
          "misc",
          "unpublished",
          "online",
          "electronic",
          "preprint");

  /** A field value left out, with why. */
  record Issue(String reason, String message) {}

  private final BibtexText text = new BibtexText();

  /** The clean title, or null when the entry has none. */
  String title(BibtexFields fields) {
    String title = text.line(fields.get("title"));
    return title == null || title.isEmpty() ? null : title;
  }

  /**
   * The paper the entry describes; issues with single fields go to {@code issues}.
   *
   * @param title the entry's clean {@link #title}
   * @throws IllegalArgumentException when the domain rejects the paper as a whole
   */
  Paper paper(BibtexFields fields, String title, List<Issue> issues) {
    ExternalIds ids = ExternalIds.NONE;
    String doi = doi(fields, issues);
    if (doi != null) {
      ids = ids.withDoi(doi);
    }
    List<Link> links = new ArrayList<>();
    ArxivId.Versioned arxiv = arxivId(fields, issues);
    if (arxiv != null) {
      ids = ids.withArxiv(arxiv.id(), arxiv.version());
      links.addAll(ArxivListingReader.links(arxiv.id()));
    }
    Link url = url(fields, issues);
    if (url != null) {
      links.add(0, url);
    }
    return Paper.builder()
        .ids(ids)
        .title(title)
        .authors(authors(fields.get("author")))
        .abstractText(text.paragraphs(fields.get("abstract")))
        .venue(venue(fields))
        .year(year(fields, issues))
        .links(links)
        .build();
  }

  private List<Author> authors(String raw) {
    List<Author> authors = new ArrayList<>();
    if (raw != null) {
      for (String name : BibtexNames.split(raw)) {
        String clean = text.line(name);
        if (!clean.isEmpty()) {
          authors.add(new Author(clean));
        }
      }
    }
    return authors;
  }

  private String venue(BibtexFields fields) {
    for (String field : new String[] {"journal", "journaltitle", "booktitle"}) {
      String venue = text.line(fields.get(field));
      if (venue != null && !venue.isEmpty()) {
        return venue;
      }
    }
    return null;
  }

  /**
   * {@code year}, else the year of biblatex's {@code date} ({@code 2023-05-01}, {@code 2023/2024}).
   */
  private int year(BibtexFields fields, List<Issue> issues) {
    String field = fields.get("year") != null ? "year" : "date";
    String raw = fields.get(field);
    if (raw == null) {
      return 0;
    }
    int year = leadingYear(text.line(raw), field.equals("date"));
    if (year == 0) {
      issues.add(
          new Issue(
              "invalid-year",
              field + " '" + raw + "' of '" + fields.key() + "' is not a year; left out"));
    }
    return year;
  }

  /** {@code 2023} → 2023, and for a date also {@code 2023-05-01} or {@code 2023/2024}; else 0. */
  static int leadingYear(String s, boolean date) {
    boolean fourDigits =
        s.length() >= 4
            && s.charAt(0) != '0'
            && s.chars().limit(4).allMatch(c -> c >= '0' && c <= '9');
    boolean alone = s.length() == 4 || (date && s.length() > 4 && "-/".indexOf(s.charAt(4)) >= 0);
    return fourDigits && alone ? Integer.parseInt(s.substring(0, 4)) : 0;
  }

  private static String doi(BibtexFields fields, List<Issue> issues) {
    String raw = fields.get("doi");
    if (raw == null) {
      return null;
    }
    try {
      return ExternalIds.normaliseDoi(verbatim(raw));
    } catch (IllegalArgumentException e) {
      issues.add(new Issue("invalid-doi", "'" + fields.key() + "': " + e.getMessage()));
      return null;
    }
  }

  /**
   * From {@code eprint} when {@code archivePrefix} (or biblatex's {@code eprinttype}) says arXiv,
   * else from an arxiv.org {@code url}.
   */
  private static ArxivId.Versioned arxivId(BibtexFields fields, List<Issue> issues) {
    String archive = fields.get("archiveprefix");
    if (archive == null) {
      archive = fields.get("eprinttype");
    }
    String eprint = fields.get("eprint");
    String candidate = null;
    if (eprint != null && archive != null && verbatim(archive).equalsIgnoreCase("arxiv")) {
      candidate = verbatim(eprint);
    } else if (fields.get("url") != null) {
      candidate = arxivIdInUrl(verbatim(fields.get("url")));
    }
    if (candidate == null) {
      return null;
    }
    try {
      return ArxivId.parse(candidate);
    } catch (IllegalArgumentException e) {
      issues.add(new Issue("invalid-arxiv-id", "'" + fields.key() + "': " + e.getMessage()));
      return null;
    }
  }

  private static String arxivIdInUrl(String url) {
    for (String page : new String[] {"arxiv.org/abs/", "arxiv.org/pdf/"}) {
      int at = url.indexOf(page);
      if (at >= 0 && url.startsWith("http")) {
        String id = url.substring(at + page.length());
        return id.endsWith(".pdf") ? id.substring(0, id.length() - 4) : id;
      }
    }
    return null;
  }

  private static Link url(BibtexFields fields, List<Issue> issues) {
    String raw = fields.get("url");
    if (raw == null) {
      return null;
    }
    try {
      return Link.of("url", verbatim(raw));
    } catch (IllegalArgumentException e) {
      issues.add(new Issue("invalid-url", "'" + fields.key() + "': " + e.getMessage()));
      return null;
    }
  }

  /**
   * A field meant verbatim (DOI, URL, eprint), as some tools still escape it: braces dropped,
   * {@code \_} and the like unescaped. Not LaTeX-cleaned: a URL's {@code --} is no dash.
   */
  static String verbatim(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && "_%&#$~".indexOf(raw.charAt(i + 1)) >= 0) {
        continue;
      }
      if (c != '{' && c != '}') {
        b.append(c);
      }
    }
    return b.toString().strip();
  }
}
