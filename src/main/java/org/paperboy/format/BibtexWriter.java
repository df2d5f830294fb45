package org.paperboy.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.DigitStringValue;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Writes papers as BibTeX entries, formatted by jbibtex, that {@link
 * org.paperboy.ingest.BibtexReader} reads back to the same titles, authors, years, DOIs and arXiv
 * ids.
 *
 * <ul>
 *   <li>type: {@code @article} with {@code journal} when the venue reads like a journal ("Journal",
 *       "Transactions", "Letters" …, or "arXiv preprint"), {@code @inproceedings} with {@code
 *       booktitle} for any other known venue, else {@code @misc};
 *   <li>arXiv papers of any type carry {@code eprint}, {@code archivePrefix} and, when known,
 *       {@code primaryClass};
 *   <li>citation keys: see {@link CitationKeys};
 *   <li>text: see {@link BibtexEscape}; titles get an extra pair of braces so that styles keep
 *       their capitals.
 * </ul>
 *
 * <p>Not thread-safe: keeps the keys written so far, to keep them unique within the output.
 */
public final class BibtexWriter {
  private static final List<String> JOURNAL_WORDS =
      List.of("journal", "transactions", "letters", "magazine", "annals", "bulletin", "review");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private final Writer out;
  private final CitationKeys keys = new CitationKeys();
  private final BibTeXFormatter formatter = new BibTeXFormatter();
  private long written;

  /** Writes to {@code out}, which the caller flushes and closes. */
  public BibtexWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
    formatter.setIndent("  ");
  }

  /**
   * Writes one entry.
   *
   * @param sources the paper's source records; the first BibTeX one names the entry
   */
  public void write(Paper paper, List<SourceRecord> sources) throws IOException {
    out.write(written++ == 0 ? "" : "\n");
    out.write(format(entry(paper, keys.keyFor(paper, sources))));
    out.write("\n");
  }

  /** How many entries were written. */
  public long written() {
    return written;
  }

  /** One paper as a BibTeX entry on its own. */
  public static String toBibtex(Paper paper, List<SourceRecord> sources) {
    StringWriter text = new StringWriter();
    try {
      new BibtexWriter(text).write(paper, sources);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /** Formats into a string first: jbibtex flushes its writer after every database. */
  private String format(BibTeXEntry entry) {
    BibTeXDatabase database = new BibTeXDatabase();
    database.addObject(entry);
    StringWriter text = new StringWriter();
    try {
      formatter.format(database, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  static BibTeXEntry entry(Paper paper, String key) {
    String venue = paper.venue();
    boolean journal = venue != null && isJournal(venue);
    Key type =
        venue == null
            ? BibTeXEntry.TYPE_MISC
            : journal ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_INPROCEEDINGS;
    BibTeXEntry entry = new BibTeXEntry(type, new Key(key));
    if (!paper.authors().isEmpty()) {
      String names =
          paper.authors().stream()
              .map(a -> BibtexEscape.name(a.name()))
              .collect(Collectors.joining(" and "));
      entry.addField(BibTeXEntry.KEY_AUTHOR, braced(names));
    }
    entry.addField(BibTeXEntry.KEY_TITLE, braced("{" + BibtexEscape.text(paper.title()) + "}"));
    if (venue != null) {
      entry.addField(
          journal ? BibTeXEntry.KEY_JOURNAL : BibTeXEntry.KEY_BOOKTITLE,
          braced(BibtexEscape.text(venue)));
    }
    date(paper, entry);
    identifiers(paper, entry);
    if (paper.abstractText() != null) {
      entry.addField(new Key("abstract"), braced(BibtexEscape.text(paper.abstractText())));
    }
    return entry;
  }

  private static void date(Paper paper, BibTeXEntry entry) {
    int year = paper.publicationYear();
    if (year != 0) {
      entry.addField(BibTeXEntry.KEY_YEAR, new DigitStringValue(Integer.toString(year)));
    }
    LocalDate first = paper.firstPublished();
    if (first != null && first.getYear() == year) {
      entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS[first.getMonthValue() - 1]));
    }
  }

  private static void identifiers(Paper paper, BibTeXEntry entry) {
    if (paper.ids().doi() != null) {
      entry.addField(BibTeXEntry.KEY_DOI, braced(BibtexEscape.verbatim(paper.ids().doi())));
    }
    if (paper.ids().arxivId() != null) {
      entry.addField(BibTeXEntry.KEY_EPRINT, braced(paper.ids().arxivId().value()));
      entry.addField(new Key("archivePrefix"), braced("arXiv"));
      if (!paper.categories().isEmpty()) {
        entry.addField(
            new Key("primaryClass"), braced(BibtexEscape.text(paper.categories().get(0))));
      }
    }
    paper.links().stream()
        .filter(l -> l.rel().equals("url"))
        .findFirst()
        .or(() -> paper.links().stream().findFirst())
        .map(Link::url)
        .ifPresent(
            url ->
                entry.addField(BibTeXEntry.KEY_URL, braced(BibtexEscape.verbatim(url.toString()))));
  }

  /**
   * Journal-like words, or arXiv as a venue: Google Scholar and DBLP make those {@code @article}.
   */
  static boolean isJournal(String venue) {
    String v = venue.toLowerCase(Locale.ROOT);
    return JOURNAL_WORDS.stream().anyMatch(v::contains)
        || v.startsWith("arxiv")
        || v.equals("corr");
  }

  private static StringValue braced(String value) {
    return new StringValue(value, StringValue.Style.BRACED);
  }
}
