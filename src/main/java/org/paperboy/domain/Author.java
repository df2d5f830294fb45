package org.paperboy.domain;

/**
 * One author as a source names them on one paper (a mention, not yet a resolved person).
 *
 * @param name the name as written, whitespace-normalised
 * @param id the source's id for this person, namespaced ({@code acl:}, {@code openreview:}, {@code
 *     orcid:}, {@code ieee:} …), or null when the source gives none
 */
public record Author(String name, String id) {
  public Author {
    name = collapse(Require.nonBlank(name, "author name"));
    if (id != null) {
      id = id.strip();
      int colon = id.indexOf(':');
      if (colon <= 0 || colon == id.length() - 1) {
        throw new IllegalArgumentException(
            "author id must be namespaced like 'acl:jane-doe', got '" + id + "'");
      }
    }
  }

  public Author(String name) {
    this(name, null);
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = !b.isEmpty();
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
