package org.paperboy.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;
import org.paperboy.domain.SourceRecord;
import org.paperboy.ingest.CleanText;
import org.paperboy.ingest.SafeXml;

/**
 * The arXiv API (Atom) for on-demand lookups by id and small searches, paged with {@code start} and
 * {@code max_results}. Entries map to papers like the other arXiv sources: the first version's date
 * ({@code published}) is the first-published date; the version history holds v1 and the latest
 * version the entry names. Thread-safe if the fetcher is; each call parses its own response.
 */
public final class ArxivApiClient {
  public static final String SOURCE = "arxiv-api";
  private static final XMLInputFactory XML = SafeXml.inputFactory();
  private static final Pattern ARXIV_CATEGORY = Pattern.compile("[a-z-]+(?:\\.[A-Za-z-]+)?");
  private static final String ERROR_ID = "https://arxiv.org/api/errors";

  /**
   * @param baseUrl the query endpoint, e.g. {@code https://export.arxiv.org/api/query}
   * @param pageSize results per request (arXiv allows up to 2,000; smaller pages fail less)
   */
  public record Config(URI baseUrl, int pageSize) {
    public Config {
      Objects.requireNonNull(baseUrl, "baseUrl");
      if (pageSize < 1 || pageSize > 2000) {
        throw new IllegalArgumentException("pageSize must be 1..2000, got " + pageSize);
      }
    }
  }

  /** One entry: the raw Atom entry as a source record and the paper it describes. */
  public record Entry(SourceRecord record, Paper paper) {}

  /** One page of results. */
  public record Page(long totalResults, int startIndex, List<Entry> entries) {}

  private final HttpFetcher fetcher;
  private final Config config;
  private final Clock clock;

  public ArxivApiClient(HttpFetcher fetcher, Config config, Clock clock) {
    this.fetcher = fetcher;
    this.config = config;
    this.clock = clock;
  }

  /** Papers by arXiv id (with or without version). */
  public Page byIds(List<String> ids) throws IOException, InterruptedException {
    return fetch(
        url("", String.join(",", ids), 0, Math.max(ids.size(), config.pageSize()), "relevance"));
  }

  /**
   * A page of a search such as {@code cat:cs.LG OR cat:cs.CL}, newest submissions first when {@code
   * newestFirst}.
   */
  public Page search(String query, int start, boolean newestFirst)
      throws IOException, InterruptedException {
    return fetch(
        url(query, "", start, config.pageSize(), newestFirst ? "submittedDate" : "relevance"));
  }

  private URI url(String query, String ids, int start, int max, String sortBy) {
    return URI.create(
        config.baseUrl()
            + "?search_query="
            + encode(query)
            + "&id_list="
            + encode(ids)
            + "&sortBy="
            + sortBy
            + "&sortOrder=descending&start="
            + start
            + "&max_results="
            + max);
  }

  private Page fetch(URI url) throws IOException, InterruptedException {
    HttpFetcher.Answer answer = fetcher.answer(url);
    Page page = parse(answer.body(), url.toString());
    if (answer.status() != 200) {
      throw new IOException("arXiv API answered " + answer.status() + " to " + url);
    }
    return page;
  }

  /**
   * Parses an Atom feed from the arXiv API.
   *
   * @throws ArxivApiException for the API's own error entries (e.g. a malformed id)
   * @throws IOException for XML that is not well-formed, naming the source and position
   */
  Page parse(byte[] body, String source) throws IOException {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(body));
      try {
        return feed(r, source);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      throw new IOException(
          "malformed arXiv API response from "
              + source
              + (at == null
                  ? ""
                  : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber())
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private Page feed(XMLStreamReader r, String source) throws XMLStreamException {
    long total = 0;
    int start = 0;
    List<Entry> entries = new ArrayList<>();
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "totalResults" -> total = Long.parseLong(r.getElementText().strip());
        case "startIndex" -> start = Integer.parseInt(r.getElementText().strip());
        case "entry" -> entries.add(entry(XmlNode.read(r), source));
        default -> {
          // feed title, links, dates: nothing to keep
        }
      }
    }
    return new Page(total, start, entries);
  }

  private Entry entry(XmlNode e, String source) {
    String id = e.text("id");
    if (id != null && id.startsWith(ERROR_ID)) {
      throw new ArxivApiException(CleanText.line(e.text("summary")));
    }
    ArxivId.Versioned versioned =
        ArxivId.parse(id.substring(id.indexOf("/abs/") + "/abs/".length()));
    LocalDate published = date(e.text("published"));
    LocalDate updated = date(e.text("updated"));
    List<PaperVersion> versions = new ArrayList<>();
    if (published != null) {
      versions.add(new PaperVersion(1, published));
    }
    if (versioned.version() > 1 && updated != null) {
      versions.add(new PaperVersion(versioned.version(), updated));
    }
    Paper.Builder b =
        Paper.builder()
            .ids(ExternalIds.arxiv(versioned.id(), versioned.version()))
            .title(CleanText.line(e.text("title")))
            .abstractText(CleanText.paragraphs(e.text("summary")))
            .comment(CleanText.line(e.text("comment")))
            .venue(CleanText.line(e.text("journal_ref")))
            .firstPublished(published)
            .versionDate(updated)
            .versions(versions)
            .links(
                List.of(
                    Link.of("abs", "https://arxiv.org/abs/" + versioned.id().value()),
                    Link.of("pdf", "https://arxiv.org/pdf/" + versioned.id().value())));
    String doi = e.text("doi");
    if (doi != null && !doi.isBlank()) {
      b.ids(
          ExternalIds.arxiv(versioned.id(), versioned.version())
              .withDoi(doi.strip().split("\\s+")[0]));
    }
    for (XmlNode a : e.children("author")) {
      b.addAuthor(new Author(CleanText.line(a.text("name"))));
    }
    List<String> categories = new ArrayList<>();
    for (XmlNode c : e.children("category")) {
      String term = c.attributes().getOrDefault("term", "");
      if (ARXIV_CATEGORY.matcher(term).matches() && !categories.contains(term)) {
        categories.add(term);
      }
    }
    b.categories(categories);
    String sourceId =
        versioned.id().value() + (versioned.version() > 0 ? "v" + versioned.version() : "");
    return new Entry(
        new SourceRecord(SOURCE, sourceId, clock.instant(), source, e.toXml()), b.build());
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank()
        ? null
        : Instant.parse(text.strip()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The pause arXiv asks for between API calls. */
  public static Duration politeDelay() {
    return Duration.ofSeconds(3);
  }
}
