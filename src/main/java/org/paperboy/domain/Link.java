package org.paperboy.domain;

import java.net.URI;
import java.util.Objects;

/**
 * A typed link from a paper to somewhere else.
 *
 * @param rel what the link points at, e.g. {@code abs}, {@code pdf}, {@code doi}
 * @param url absolute http(s) URL
 */
public record Link(String rel, URI url) {
  public Link {
    Require.nonBlank(rel, "link rel");
    Objects.requireNonNull(url, "link url");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("link url must be http(s), got '" + url + "'");
    }
  }

  public static Link of(String rel, String url) {
    return new Link(rel, URI.create(url));
  }
}
