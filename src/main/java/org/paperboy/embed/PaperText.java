package org.paperboy.embed;

import org.paperboy.domain.Paper;
import org.paperboy.store.Sha256;

/**
 * The one definition of what is embedded for a paper, and of the key its vector is cached under.
 * Changing {@link #of} changes every key, so old vectors are simply no longer found. Stateless.
 */
public final class PaperText {
  private PaperText() {}

  /** Title, a blank line and the abstract; the title alone when there is no abstract. */
  public static String of(Paper paper) {
    return paper.abstractText() == null
        ? paper.title()
        : paper.title() + "\n\n" + paper.abstractText();
  }

  /** The cache key of a text: its SHA-256 in lowercase hex, over UTF-8. */
  public static String sha256(String text) {
    return Sha256.hex(text);
  }
}
