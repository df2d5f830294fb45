package org.paperboy.format;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.ingest.BibtexReader;

/**
 * Chooses citation keys, unique within one file (compared case-insensitively, as BibTeX does). A
 * paper read from BibTeX keeps the id of its first BibTeX source record ({@code
 * lab.bib/smith2020}), so the export shows which entry it came from; any other paper gets {@code
 * lastname<year><firstword>} in ASCII ({@code vaswani2017attention}). A key already taken gets
 * {@code -2}, {@code -3} …
 *
 * <p>Not thread-safe: remembers the keys given out.
 */
final class CitationKeys {
  private static final Set<String> STOP_WORDS =
      Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "by");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}]+");
  private final Set<String> taken = new HashSet<>();

  String keyFor(Paper paper, List<SourceRecord> sources) {
    String key =
        sources.stream()
            .filter(r -> r.source().equals(BibtexReader.SOURCE))
            .map(r -> sanitise(r.sourceId()))
            .findFirst()
            .orElseGet(() -> generated(paper));
    return unique(key);
  }

  private String unique(String key) {
    String candidate = key;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = key + "-" + n;
    }
    return candidate;
  }

  /**
   * Characters BibTeX does not allow in a key (white space, {@code ,{}()"#%'=~\}), and letters
   * beyond the Latin, Greek and Cyrillic blocks that jbibtex and bibtex8 reject, become '-'.
   */
  static String sanitise(String id) {
    StringBuilder b = new StringBuilder(id.length());
    id.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  (Character.isLetterOrDigit(c) && c < 0x2000)
                      || (c > ' ' && c < 127 && ",{}()\"#%'=~\\".indexOf(c) < 0);
              b.appendCodePoint(allowed ? c : '-');
            });
    return b.toString();
  }

  static String generated(Paper paper) {
    String last = paper.authors().isEmpty() ? "" : ascii(lastWord(paper.authors().get(0).name()));
    int year = paper.publicationYear();
    return (last.isEmpty() ? "anon" : last) + (year == 0 ? "" : year) + firstWord(paper);
  }

  private static String lastWord(String name) {
    String[] words = SPACES.split(name.strip(), -1);
    return words[words.length - 1];
  }

  private static String firstWord(Paper paper) {
    for (String word : SPACES_AND_PUNCTUATION.split(paper.title(), -1)) {
      String w = ascii(word);
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
        return w;
      }
    }
    return "";
  }

  /** Lower-case ASCII letters and digits: accents dropped, a few letters spelled out. */
  static String ascii(String s) {
    String spelled =
        s.replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "Ae")
            .replace("œ", "oe")
            .replace("Œ", "Oe")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L");
    String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
