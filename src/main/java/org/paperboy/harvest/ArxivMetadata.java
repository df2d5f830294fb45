package org.paperboy.harvest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.PaperVersion;
import org.paperboy.ingest.CleanText;

/**
 * Maps arXiv's OAI-PMH metadata formats to papers: {@code arXiv} (structured authors, created and
 * updated dates) and {@code arXivRaw} (the version history with submission dates, authors as one
 * string). Harvested papers have no listing dates (OAI-PMH does not say when arXiv announced them);
 * the first version's date is their first-published date. Thread-safe: stateless.
 */
final class ArxivMetadata {
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
  private static final Pattern ARXIV_CATEGORY = Pattern.compile("[a-z-]+(?:\\.[A-Za-z-]+)?");
  private static final Pattern AUTHOR_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

  private ArxivMetadata() {}

  /** Maps the {@code <metadata>} child of an OAI record. */
  static Paper map(XmlNode metadata) {
    XmlNode body =
        metadata.children().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("record has empty <metadata>"));
    return switch (body.name()) {
      case "arXivRaw" -> raw(body);
      case "arXiv" -> structured(body);
      default ->
          throw new IllegalArgumentException("unsupported metadata format <" + body.name() + ">");
    };
  }

  private static Paper raw(XmlNode m) {
    List<PaperVersion> versions = new ArrayList<>();
    for (XmlNode v : m.children("version")) {
      String label = v.attributes().getOrDefault("version", "");
      versions.add(new PaperVersion(versionNumber(label), rfc1123Date(v.text("date"))));
    }
    Paper.Builder b =
        common(m, versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number());
    for (String name : AUTHOR_SEPARATOR.split(CleanText.line(m.text("authors")))) {
      if (!name.isBlank()) {
        b.addAuthor(new Author(name));
      }
    }
    b.versions(versions);
    if (!versions.isEmpty()) {
      b.firstPublished(versions.get(0).submitted());
      b.versionDate(versions.get(versions.size() - 1).submitted());
    }
    return b.build();
  }

  private static Paper structured(XmlNode m) {
    Paper.Builder b = common(m, 0);
    for (XmlNode a : m.child("authors").map(n -> n.children("author")).orElse(List.of())) {
      String name =
          String.join(" ", nonBlank(a.text("forenames"), a.text("keyname"), a.text("suffix")));
      if (!name.isBlank()) {
        b.addAuthor(new Author(CleanText.line(name)));
      }
    }
    LocalDate created = isoDate(m.text("created"));
    LocalDate updated = isoDate(m.text("updated"));
    b.firstPublished(created);
    b.versionDate(updated != null ? updated : created);
    return b.build();
  }

  private static Paper.Builder common(XmlNode m, int version) {
    ArxivId.Versioned id = ArxivId.parse(required(m, "id"));
    Paper.Builder b =
        Paper.builder()
            .ids(
                withDoi(ExternalIds.arxiv(id.id(), Math.max(version, id.version())), m.text("doi")))
            .title(CleanText.line(required(m, "title")))
            .abstractText(CleanText.paragraphs(m.text("abstract")))
            .comment(CleanText.line(m.text("comments")))
            .venue(CleanText.line(m.text("journal-ref")));
    String categories = m.text("categories");
    if (categories != null) {
      b.categories(
          Arrays.stream(categories.strip().split("\\s+"))
              .filter(c -> ARXIV_CATEGORY.matcher(c).matches())
              .toList());
    }
    b.links(
        List.of(
            Link.of("abs", "https://arxiv.org/abs/" + id.id().value()),
            Link.of("pdf", "https://arxiv.org/pdf/" + id.id().value())));
    return b;
  }

  /** arXiv lists several DOIs separated by spaces (paper and erratum); the first is the paper's. */
  private static ExternalIds withDoi(ExternalIds ids, String dois) {
    if (dois == null || dois.isBlank()) {
      return ids;
    }
    return ids.withDoi(dois.strip().split("\\s+")[0]);
  }

  private static String required(XmlNode m, String field) {
    String value = m.text(field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("arXiv record has no <" + field + ">");
    }
    return value;
  }

  private static int versionNumber(String label) {
    if (!label.matches("v\\d+")) {
      throw new IllegalArgumentException("version label must look like v1, got '" + label + "'");
    }
    return Integer.parseInt(label.substring(1));
  }

  private static LocalDate rfc1123Date(String text) {
    try {
      return ZonedDateTime.parse(text.strip(), RFC_1123)
          .withZoneSameInstant(ZoneOffset.UTC)
          .toLocalDate();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("version date is not RFC 1123: '" + text + "'", e);
    }
  }

  private static LocalDate isoDate(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }

  private static List<String> nonBlank(String... parts) {
    return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
  }
}
