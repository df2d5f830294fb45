package org.paperboy.lucene;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights title and abstract in one pass over the stored fields: the whole title (matched or
 * not), and up to two abstract sentences (the first sentence when nothing matches). Output is
 * escaped HTML with {@code <mark>}.
 *
 * <p>Not thread-safe: create one per search (cheap; it holds the searcher of that search).
 */
final class PaperHighlighter extends UnifiedHighlighter {
  static final String[] FIELDS = {PaperFields.TITLE, PaperFields.ABSTRACT};
  static final int[] MAX_PASSAGES = {1, 2};

  PaperHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            // Term-by-term offsets: the weight-matches mode re-creates a Weight per document, 70 %
            // of search time.
            .withWeightMatches(false));
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return PaperFields.TITLE.equals(field)
        ? new WholeBreakIterator()
        : BreakIterator.getSentenceInstance(Locale.ROOT);
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return 1;
  }
}
