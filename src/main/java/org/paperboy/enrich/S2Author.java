package org.paperboy.enrich;

import java.util.List;
import java.util.Objects;
import org.paperboy.domain.Paper;
import org.paperboy.domain.Require;

/**
 * A Semantic Scholar author profile.
 *
 * @param id the author id, as in {@code s2:<id>} author ids on papers
 * @param name the name the profile shows
 * @param aliases other spellings Semantic Scholar merged into the profile, possibly empty
 * @param papers the profile's papers that have a title, in the order given
 */
public record S2Author(String id, String name, List<String> aliases, List<Paper> papers) {
  public S2Author {
    Require.nonBlank(id, "author id");
    Require.nonBlank(name, "author name");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    papers = List.copyOf(Objects.requireNonNull(papers, "papers"));
  }
}
