package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jbibtex.BibTeXParserConstants;
import org.jbibtex.BibTeXParserTokenManager;
import org.jbibtex.SimpleCharStream;
import org.jbibtex.StringProvider;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;

/**
 * Watches the tokens jbibtex's BibTeX parser reads, to learn what its object model forgets: where
 * each object starts ({@code @}), which citation key an entry header names, and where lexical
 * errors are. Also turns {@code @include} into an ordinary entry type: jbibtex would otherwise open
 * and parse whatever local file the include names.
 *
 * <p>The parser may read a token twice (it pushes tokens back when it switches lexical state), so
 * everything is keyed by position.
 *
 * <p>Two inputs would make jbibtex fail badly, and stop the parse here with {@link Unparseable}
 * instead: an {@code @} read over and over (its error recovery skips to the next {@code @}, and
 * when the error is right after one, as in {@code @^x}, that is the same {@code @} again, until
 * memory runs out), and thousands of {@code #} concatenations in one object (its parser recurses
 * per {@code #} and overflows the stack). Not thread-safe: one per parse.
 */
final class BibtexTokenTracker extends BibTeXParserTokenManager {
  /** A place in the file; lines and columns from 1. */
  record Position(int line, int column) implements Comparable<Position> {
    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }

    @Override
    public int compareTo(Position o) {
      return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
  }

  private enum Expect {
    NOTHING,
    TYPE,
    OPENING,
    KEY,
    COMMA
  }

  private final TreeSet<Position> objectStarts = new TreeSet<>();
  private final Map<Position, String> keys = new TreeMap<>();
  private final List<Position> lexicalErrors = new ArrayList<>();
  private final Map<Position, Integer> atReads = new HashMap<>();

  /**
   * Read ahead once, pushed back, read again after recovery: never more than twice, unless looping.
   */
  private static final int MAX_READS_OF_ONE_AT = 4;

  /** Real files concatenate a macro and a string or two. */
  private static final int MAX_CONCATENATIONS = 1000;

  private Expect expect = Expect.NOTHING;
  private int concatenations;
  private Position start;
  private String key;

  BibtexTokenTracker() {
    super(new SimpleCharStream(new StringProvider("")));
  }

  @Override
  public Token getNextToken() {
    Token token;
    try {
      token = super.getNextToken();
    } catch (TokenMgrException e) {
      lexicalErrors.add(new Position(input_stream.getEndLine(), input_stream.getEndColumn()));
      throw e;
    }
    if (token.kind == BibTeXParserConstants.INCLUDE) {
      token.kind = BibTeXParserConstants.NAME;
    }
    observe(token);
    return token;
  }

  /** Follows the header of an entry ({@code @}, type, opening brace, key, comma) for its key. */
  private void observe(Token token) {
    int kind = token.kind;
    if (kind == BibTeXParserConstants.HASH && ++concatenations > MAX_CONCATENATIONS) {
      throw new Unparseable(
          "more than " + MAX_CONCATENATIONS + " '#' concatenations in the object at " + start);
    }
    if (expect == Expect.NOTHING && kind != BibTeXParserConstants.AT) {
      return; // the common case: one token per character of every field value
    }
    if (kind == BibTeXParserConstants.AT) {
      start = new Position(token.beginLine, token.beginColumn);
      objectStarts.add(start);
      concatenations = 0;
      if (atReads.merge(start, 1, Integer::sum) > MAX_READS_OF_ONE_AT) {
        throw new Unparseable("jbibtex's error recovery cannot get past the '@' at " + start);
      }
      expect = Expect.TYPE;
      return;
    }
    expect =
        switch (expect) {
          case TYPE -> kind == BibTeXParserConstants.NAME ? Expect.OPENING : Expect.NOTHING;
          case OPENING ->
              kind == BibTeXParserConstants.LBRACE || kind == BibTeXParserConstants.LPAREN
                  ? Expect.KEY
                  : Expect.NOTHING;
          case KEY -> {
            key = token.image;
            yield isName(kind) ? Expect.COMMA : Expect.NOTHING;
          }
          case COMMA -> {
            if (kind == BibTeXParserConstants.COMMA
                || kind == BibTeXParserConstants.RBRACE
                || kind == BibTeXParserConstants.RPAREN) {
              keys.putIfAbsent(start, key);
            }
            yield Expect.NOTHING;
          }
          case NOTHING -> Expect.NOTHING;
        };
  }

  private static boolean isName(int kind) {
    return kind == BibTeXParserConstants.NAME
        || kind == BibTeXParserConstants.IDENTIFIER
        || kind == BibTeXParserConstants.COMMENT
        || kind == BibTeXParserConstants.PREAMBLE
        || kind == BibTeXParserConstants.STRING;
  }

  /** Where every object ({@code @…}) starts, in file order, failed ones included. */
  NavigableSet<Position> objectStarts() {
    return objectStarts;
  }

  /** The citation key of every entry header read, by where its object starts. */
  Map<Position, String> keys() {
    return keys;
  }

  /** Where each lexical error was, in the order they were thrown. */
  List<Position> lexicalErrors() {
    return lexicalErrors;
  }

  /** Input that jbibtex cannot parse without looping or overflowing its stack. */
  static final class Unparseable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unparseable(String message) {
      super(message);
    }
  }
}
