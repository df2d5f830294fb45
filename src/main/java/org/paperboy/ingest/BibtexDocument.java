package org.paperboy.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.paperboy.ingest.BibtexTokenTracker.Position;

/**
 * A BibTeX file as jbibtex parses it in its error-recovery mode, plus what jbibtex's model lacks:
 * the line of each entry, and each problem with its line.
 *
 * <p>What jbibtex does, and what this class makes of it:
 *
 * <ul>
 *   <li>an object it cannot parse is left out and parsing resumes at the next {@code @}: reported
 *       as {@code malformed-entry};
 *   <li>an entry whose key repeats an earlier one (case-insensitively) is dropped silently:
 *       reported as {@code duplicate-key};
 *   <li>{@code @string} macros are expanded where used (and {@code jan}…{@code dec} are
 *       predefined); an undefined macro would fail the whole file, so here its name is kept as the
 *       value;
 *   <li>{@code crossref} is resolved to the entry it names; a missing one would fail the whole
 *       file, so here it stays unresolved;
 *   <li>{@code @comment}, {@code @preamble} and text before the first {@code @} are read and
 *       ignored; {@code @include} is not followed (see {@link BibtexTokenTracker});
 *   <li>text between entries, an unclosed brace at the end, a stray closing brace, and what {@link
 *       BibtexTokenTracker} stops end the parse: {@link #parse} throws.
 * </ul>
 *
 * <p>Thread-safe: stateless; each {@link #parse} has its own parser.
 */
final class BibtexDocument {
  private static final String ANONYMOUS = "{no key ";

  /** What the file holds, in file order. */
  sealed interface Item permits Entry, Problem {}

  /**
   * An entry jbibtex parsed.
   *
   * @param line where its {@code @} is, or 0 when unknown (an entry without key)
   * @param index 1-based position among the file's entries
   */
  record Entry(long line, int index, BibTeXEntry entry) implements Item {
    boolean hasKey() {
      return !entry.getKey().getValue().startsWith(ANONYMOUS);
    }
  }

  /** Something in the file that yields no entry. */
  record Problem(long line, String reason, String message) implements Item {}

  private BibtexDocument() {}

  /**
   * Parses a whole file's text.
   *
   * @throws IOException naming the file and, where jbibtex tells, the position, when parsing cannot
   *     go on
   */
  static List<Item> parse(String fileName, String text) throws IOException {
    BibtexTokenTracker tokens = new BibtexTokenTracker();
    LenientParser parser = new LenientParser(tokens);
    BibTeXDatabase database;
    try {
      database = parser.parseFully(new StringReader(text));
    } catch (BibtexTokenTracker.Unparseable e) {
      throw new IOException(fileName + ": cannot parse BibTeX: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // parseFully wraps what it cannot recover from; anything else is a bug and stays unchecked.
      if (e.getCause() instanceof ParseException || e.getCause() instanceof TokenMgrException) {
        throw unparseable(fileName, (Exception) e.getCause(), tokens);
      }
      throw e;
    }
    List<Problem> problems = new ArrayList<>();
    Set<Position> failed = failedObjects(parser.getExceptions(), tokens, problems);
    Map<Key, Long> lines = entryLines(tokens, failed, problems);
    List<Item> items = new ArrayList<>();
    long previousLine = 0;
    int index = 0;
    List<Long> sortLines = new ArrayList<>();
    for (BibTeXObject object : database.getObjects()) {
      if (object instanceof BibTeXEntry entry) {
        long line = lines.getOrDefault(entry.getKey(), 0L);
        items.add(new Entry(line, ++index, entry));
        previousLine = line > 0 ? line : previousLine;
        sortLines.add(previousLine);
      }
    }
    for (Problem problem : problems) {
      items.add(problem);
      sortLines.add(problem.line());
    }
    return inFileOrder(items, sortLines);
  }

  private static List<Item> inFileOrder(List<Item> items, List<Long> sortLines) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(sortLines::get)); // stable: entries keep jbibtex's order
    return order.stream().map(items::get).toList();
  }

  /**
   * Turns jbibtex's recovered errors into problems and returns where the objects that failed start:
   * an error belongs to the last object that starts before it.
   */
  private static Set<Position> failedObjects(
      List<Exception> errors, BibtexTokenTracker tokens, List<Problem> problems) {
    Set<Position> failed = new HashSet<>();
    Iterator<Position> lexical = tokens.lexicalErrors().iterator();
    for (Exception error : errors) {
      Position at = position(error, lexical);
      Position start = at == null ? null : tokens.objectStarts().lower(at);
      if (start != null) {
        failed.add(start);
      }
      String key = start == null ? null : tokens.keys().get(start);
      problems.add(
          new Problem(
              at == null ? 0 : at.line(),
              "malformed-entry",
              (start == null ? "" : "object at line " + start.line() + " ")
                  + (key == null ? "" : "('" + key + "') ")
                  + "left out: "
                  + CleanText.collapseSpaces(String.valueOf(error.getMessage()))));
    }
    return failed;
  }

  private static Position position(Exception error, Iterator<Position> lexicalErrors) {
    if (error instanceof ParseException p && p.currentToken != null) {
      Token next = p.currentToken.next != null ? p.currentToken.next : p.currentToken;
      return new Position(next.beginLine, next.beginColumn);
    }
    if (error instanceof TokenMgrException && lexicalErrors.hasNext()) {
      return lexicalErrors.next();
    }
    return null;
  }

  /**
   * The line of each entry jbibtex kept, by key: the first header with that key that did not fail.
   * Later headers with the same key are entries jbibtex dropped.
   */
  private static Map<Key, Long> entryLines(
      BibtexTokenTracker tokens, Set<Position> failed, List<Problem> problems) {
    Map<Key, Long> lines = new HashMap<>();
    for (Map.Entry<Position, String> header : tokens.keys().entrySet()) {
      if (failed.contains(header.getKey())) {
        continue;
      }
      long line = header.getKey().line();
      Long first = lines.putIfAbsent(new Key(header.getValue()), line);
      if (first != null) {
        problems.add(
            new Problem(
                line,
                "duplicate-key",
                "entry '"
                    + header.getValue()
                    + "' repeats the key of the entry at line "
                    + first
                    + "; the first one is kept"));
      }
    }
    return lines;
  }

  private static IOException unparseable(
      String fileName, Exception cause, BibtexTokenTracker tokens) {
    Position at = position(cause, tokens.lexicalErrors().reversed().iterator());
    String where;
    if (at != null) {
      where = "at line " + at.line() + ", column " + at.column();
    } else if (!tokens.objectStarts().isEmpty()) {
      where =
          "in the object starting at line "
              + tokens.objectStarts().last().line()
              + " (an unclosed brace or quote?)";
    } else {
      where = "at an unknown position";
    }
    return new IOException(
        fileName
            + ": cannot parse BibTeX "
            + where
            + ": "
            + CleanText.collapseSpaces(String.valueOf(cause.getMessage())),
        cause);
  }

  /**
   * jbibtex's parser with BibTeX's own leniency: an undefined macro or crossref is a warning in
   * BibTeX, not a reason to reject the file.
   */
  private static final class LenientParser extends BibTeXParser {
    private static final String[] MONTHS = {
      "jan", "January", "feb", "February", "mar", "March", "apr", "April", "may", "May",
      "jun", "June", "jul", "July", "aug", "August", "sep", "September", "oct", "October",
      "nov", "November", "dec", "December"
    };
    private int anonymous;

    LenientParser(BibtexTokenTracker tokens) {
      super(tokens);
      // The constructor that takes a token manager skips the predefined month macros.
      for (int i = 0; i < MONTHS.length; i += 2) {
        addMacro(MONTHS[i], MONTHS[i + 1]);
      }
    }

    /** An undefined macro keeps its name as its value, where BibTeX would leave it empty. */
    @Override
    public void checkStringResolution(Key key, BibTeXString string) {}

    /** A crossref to an entry that is not in this file stays unresolved. */
    @Override
    public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {}

    /** jbibtex names key-less entries itself; this name cannot be a real key (it has a brace). */
    @Override
    public String nextKey() {
      return ANONYMOUS + ++anonymous + "}";
    }
  }
}
