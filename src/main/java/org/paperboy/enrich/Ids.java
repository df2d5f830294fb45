package org.paperboy.enrich;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;

/**
 * Identifiers as services send them, checked before use: a service's bad id costs that id, not the
 * whole record.
 */
final class Ids {
  private Ids() {}

  private static final Pattern DOI = Pattern.compile("10\\.\\S+/\\S+");
  private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])$");
  private static final Pattern ARXIV =
      Pattern.compile(
          "(?:[aA][rR][xX][iI][vV]:)?(?:\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");

  /** What {@link java.net.URI#create} takes without complaint: no spaces, no bare '%'. */
  private static final Pattern HTTP_URL =
      Pattern.compile("https?://(?:[A-Za-z0-9\\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+");

  /** The DOI normalised as {@link ExternalIds#normaliseDoi} does, or empty when it is not one. */
  static Optional<String> doi(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String d = raw.strip().toLowerCase(Locale.ROOT);
    for (String prefix :
        new String[] {
          "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"
        }) {
      if (d.startsWith(prefix)) {
        d = d.substring(prefix.length());
      }
    }
    return DOI.matcher(d).matches() ? Optional.of(ExternalIds.normaliseDoi(d)) : Optional.empty();
  }

  /** An ORCID iD (bare or as {@code https://orcid.org/…}) as an author id {@code orcid:…}. */
  static Optional<String> orcid(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    var m = ORCID.matcher(raw.strip());
    return m.find() ? Optional.of("orcid:" + m.group(1)) : Optional.empty();
  }

  /** An arXiv id without version, or empty when {@code raw} is not one. */
  static Optional<ArxivId> arxiv(String raw) {
    if (raw == null || !ARXIV.matcher(raw.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(ArxivId.parse(raw).id());
  }

  static Link doiLink(String doi) {
    return new Link("doi", URI.create("https://doi.org/" + PathSegments.encode(doi)));
  }

  static boolean isHttpUrl(String url) {
    return url != null && HTTP_URL.matcher(url).matches();
  }
}
