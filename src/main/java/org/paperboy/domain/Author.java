package org.paperboy.domain;

/**
 * One author as a source names them on one paper (a mention, not yet a resolved person).
 *
 * @param name the name as written, whitespace-normalised
 */
public record Author(String name) {
  public Author {
    name = Require.nonBlank(name, "author name").strip().replaceAll("\\s+", " ");
  }
}
