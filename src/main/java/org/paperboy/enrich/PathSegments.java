package org.paperboy.enrich;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes text for a URL path where a slash is meant as one, as in {@code
 * /works/10.1371/journal.pone.0033693}: DOIs have slashes and services expect them as written.
 */
final class PathSegments {
  private PathSegments() {}

  /** Characters a path may hold as they are (RFC 3986 unreserved, sub-delims, ':', '@', '/'). */
  private static final String SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0 && SAFE.indexOf(b) >= 0) {
        out.append((char) b);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
