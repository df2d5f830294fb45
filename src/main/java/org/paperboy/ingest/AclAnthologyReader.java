package org.paperboy.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

/**
 * Reads ACL Anthology collection files, one per collection, named by the collection id: {@code
 * 2023.acl.xml} or old-style {@code P19.xml}, optionally gzipped. Each {@code <paper>} of each
 * volume becomes one source record and one paper; front matter is not a paper.
 *
 * <ul>
 *   <li>ACL id: built from the collection, volume and paper ids as the Anthology does ({@link
 *       AclIds}). The paper's {@code <url>} is not the id: it names the PDF file, which is usually
 *       but not always named after the id ({@code 2023.acl-long.911} is {@code
 *       2023.acl-long.report.pdf}), or is an external URL, or is missing.
 *   <li>Title and abstract: the text of inline markup kept, {@code <tex-math>} turned into Unicode,
 *       white space collapsed. Only tex-math is LaTeX; the rest is cleaned of nothing else, as
 *       {@code $5 million} is text there. The abstract is one paragraph, as the Anthology shows it.
 *   <li>Authors: "First Last" in order, with id {@code acl:<id>} only when the file gives one.
 *   <li>Venue: the volume's booktitle, the Anthology's own name for where the paper appeared (its
 *       venue ids such as {@code ws} or {@code findings} are no display names). Year: the volume's.
 *       No publication date: the volume's month alone is not one.
 *   <li>DOI: normalised; a value that is no DOI (handles, typos) is dropped and the paper kept. A
 *       DOI that an earlier paper of the same file already has is dropped too: two papers cannot
 *       share one, and keeping it would merge them into one paper in the store.
 *   <li>Links: the Anthology page, the PDF (on aclanthology.org, or the external URL the Anthology
 *       links to instead), the DOI.
 *   <li>Source record: id = ACL id, origin {@code file:line} of the paper's start tag, payload =
 *       the paper element re-serialised ({@link XmlCopy}) with the volume context it needs as
 *       attributes: {@code <paper id="1" collection="2023.acl" volume="long" year="2023"
 *       booktitle="…">}.
 * </ul>
 *
 * <p>A paper without a title is skipped as {@code missing-title}, one the domain rejects as {@code
 * invalid-record}. A file that is not well-formed XML fails with an {@link IOException} naming
 * file, line and column, after the papers before the damage were handed over.
 *
 * <p>Thread-safe: the XML factory is shared read-only, everything else is per file.
 */
public final class AclAnthologyReader implements SourceReader {
  public static final String SOURCE = "acl-anthology";
  private static final String ANTHOLOGY = "https://aclanthology.org/";
  private static final Pattern FILE_NAME =
      Pattern.compile("(?:\\d{4}\\.[a-z0-9]+|[A-Z]\\d{2})\\.xml(?:\\.gz)?");
  private static final XMLInputFactory XML = SafeXml.inputFactory();
  private final Clock clock;

  public AclAnthologyReader(Clock clock) {
    this.clock = clock;
  }

  public AclAnthologyReader() {
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
    String name = file.getFileName().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            new BufferedInputStream(
                name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
      XMLStreamReader xml = open(name, in);
      FilePapers papers = new FilePapers(name, sink);
      try {
        new AclCollectionParser(xml).parse(papers::accept);
      } catch (XMLStreamException e) {
        throw unreadable(name, e, xml.getLocation());
      }
      // Closed only after a clean parse: on failure the stream closes underneath, and closing the
      // reader too could only hide the parse error behind a second one.
      closeReader(name, xml);
    }
  }

  private static XMLStreamReader open(String name, InputStream in) throws IOException {
    try {
      return XML.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw unreadable(name, e, null);
    }
  }

  private static void closeReader(String name, XMLStreamReader xml) throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw unreadable(name, e, null);
    }
  }

  private static IOException unreadable(String file, XMLStreamException e, Location current) {
    Location at = e.getLocation() != null ? e.getLocation() : current;
    String where =
        at == null
            ? "at its start"
            : "at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    return new IOException(file + ": malformed or truncated XML " + where + ": " + reason(e), e);
  }

  /** The parser's message without the location it prefixes, which the caller words itself. */
  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return at < 0 ? message : message.substring(at + "Message: ".length());
  }

  /** Turns one file's papers into records. Not thread-safe: one per file. */
  private final class FilePapers {
    private final String file;
    private final Sink sink;
    private final Set<String> dois = new HashSet<>();

    FilePapers(String file, Sink sink) {
      this.file = file;
      this.sink = sink;
    }

    void accept(AclPaperXml xml) {
      String title = clean(xml.title());
      if (title == null) {
        sink.skip(xml.line(), "missing-title", describe(xml) + " has no title");
        return;
      }
      Paper paper;
      SourceRecord record;
      try {
        String aclId = AclIds.paper(xml.collection(), xml.volume(), xml.paperId());
        paper = paper(xml, aclId, title);
        record =
            new SourceRecord(
                SOURCE, aclId, clock.instant(), file + ":" + xml.line(), xml.payload());
      } catch (IllegalArgumentException e) {
        sink.skip(xml.line(), "invalid-record", describe(xml) + ": " + e.getMessage());
        return;
      }
      sink.accept(record, paper);
    }

    private Paper paper(AclPaperXml xml, String aclId, String title) {
      String doi = claim(doi(xml.doi()));
      return Paper.builder()
          .ids(ExternalIds.NONE.withAclId(aclId).withDoi(doi))
          .title(title)
          .authors(authors(xml.authors()))
          .abstractText(clean(xml.abstractText()))
          .venue(xml.booktitle())
          .year(year(xml.year()))
          .links(links(aclId, xml.url(), doi))
          .build();
    }

    /** Null for no DOI and for one an earlier paper of this file has. */
    private String claim(String doi) {
      return doi != null && dois.add(doi) ? doi : null;
    }
  }

  /** White space collapsed; null for null or nothing but white space. */
  private static String clean(String text) {
    String clean = text == null ? "" : CleanText.collapseSpaces(text);
    return clean.isEmpty() ? null : clean;
  }

  private static String describe(AclPaperXml xml) {
    return "paper " + xml.paperId() + " of " + xml.collection() + "/" + xml.volume();
  }

  /** The normalised DOI, or null when there is none or the value is no DOI. */
  private static String doi(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return ExternalIds.normaliseDoi(raw);
    } catch (IllegalArgumentException e) {
      // Not a reason to lose the paper: it keeps its ACL id, and the raw value stays in the
      // payload.
      return null;
    }
  }

  private static List<Author> authors(List<AclPaperXml.AuthorXml> authors) {
    List<Author> out = new ArrayList<>(authors.size());
    for (AclPaperXml.AuthorXml a : authors) {
      String name = CleanText.collapseSpaces(join(a.first(), a.last()));
      if (!name.isEmpty()) {
        out.add(
            new Author(name, a.id() == null || a.id().isBlank() ? null : "acl:" + a.id().strip()));
      }
    }
    return out;
  }

  private static String join(String first, String last) {
    return (first == null ? "" : first) + " " + (last == null ? "" : last);
  }

  /**
   * @throws NumberFormatException (an {@link IllegalArgumentException}) when the year is no number
   */
  private static int year(String year) {
    return year == null || year.isBlank() ? 0 : Integer.parseInt(year.strip());
  }

  private static List<Link> links(String aclId, String url, String doi) {
    List<Link> links = new ArrayList<>(3);
    links.add(Link.of("anthology", ANTHOLOGY + aclId));
    pdf(url).ifPresent(links::add);
    if (doi != null) {
      uri("https", "doi.org", "/" + doi).ifPresent(u -> links.add(new Link("doi", u)));
    }
    return links;
  }

  /**
   * The PDF the Anthology links to: its own file named by {@code url}, or the external URL (LREC
   * proceedings, publishers) it links to instead.
   */
  private static Optional<Link> pdf(String url) {
    if (url == null || url.isEmpty()) {
      return Optional.empty();
    }
    if (url.contains("://")) {
      return url.startsWith("http://") || url.startsWith("https://")
          ? external(url)
          : Optional.empty();
    }
    return uri("https", "aclanthology.org", "/" + url + ".pdf").map(u -> new Link("pdf", u));
  }

  private static Optional<Link> external(String url) {
    try {
      return Optional.of(new Link("pdf", new URI(url)));
    } catch (URISyntaxException e) {
      return Optional.empty(); // a broken external link costs the paper only that link
    }
  }

  /** A URI from parts, escaping what needs escaping; empty when the parts make none. */
  private static Optional<URI> uri(String scheme, String host, String path) {
    try {
      return Optional.of(new URI(scheme, host, path, null));
    } catch (URISyntaxException e) {
      return Optional.empty(); // the value stays in the payload
    }
  }
}
