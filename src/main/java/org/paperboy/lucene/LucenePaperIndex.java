package org.paperboy.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.paperboy.domain.Paper;
import org.paperboy.index.PaperIndex;
import org.paperboy.index.SearchHit;
import org.paperboy.index.SearchQuery;
import org.paperboy.index.SearchResults;

/**
 * The embedded Lucene index: BM25 over title (boosted), abstract and authors, with filters on
 * listing dates and categories, and highlighted snippets.
 *
 * <p>Thread-safe: one instance per index directory, shared by the process. Searches use a {@link
 * SearcherManager} and see the last commit; updates go through one {@link IndexWriter}. Close once,
 * at shutdown.
 */
public final class LucenePaperIndex implements PaperIndex {
  private static final String REVISION_KEY = "storeRevision";
  private static final String FORMAT_KEY = "paperboyFormat";
  private static final Map<String, Float> BOOSTS =
      Map.of(PaperFields.TITLE, 2.0f, PaperFields.ABSTRACT, 1.0f, PaperFields.AUTHOR, 1.0f);
  private static final String[] SEARCH_FIELDS = {
    PaperFields.TITLE, PaperFields.ABSTRACT, PaperFields.AUTHOR
  };

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer; // null when opened read-only
  private final SearcherManager searchers;
  private volatile long indexedRevision;

  private LucenePaperIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer = PaperFields.analyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.indexedRevision = readRevision(writer);
    if (indexedRevision > 0 && !PaperFields.FORMAT.equals(readCommitData(writer, FORMAT_KEY))) {
      // Fields changed since this index was written: start over; the catch-up re-derives it from
      // the store.
      writer.deleteAll();
      this.indexedRevision = 0;
    }
  }

  private LucenePaperIndex(Directory directory, SearcherManager readOnlySearchers)
      throws IOException {
    this.directory = directory;
    this.analyzer = PaperFields.analyzer();
    this.writer = null;
    this.searchers = readOnlySearchers;
    IndexSearcher s = searchers.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) s.getIndexReader();
      Map<String, String> data = reader.getIndexCommit().getUserData();
      this.indexedRevision = Long.parseLong(data.getOrDefault(REVISION_KEY, "0"));
      if (indexedRevision > 0 && !PaperFields.FORMAT.equals(data.get(FORMAT_KEY))) {
        throw new IllegalStateException(
            "the search index was written by an older Paperboy; run 'paperboy reindex'");
      }
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Opens an existing index for searching only, so that it can be searched while another process
   * (the server) holds the writer. Updates throw {@link IllegalStateException}.
   */
  public static LucenePaperIndex openReadOnly(Path dir) {
    try {
      Directory directory = FSDirectory.open(dir);
      return new LucenePaperIndex(directory, new SearcherManager(directory, null));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the search index in " + dir + " (run 'paperboy reindex')", e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened read-only");
    }
    return writer;
  }

  /** Opens (creating when missing) the index in {@code dir}. */
  public static LucenePaperIndex open(Path dir) {
    try {
      return new LucenePaperIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  private static long readRevision(IndexWriter writer) {
    String revision = readCommitData(writer, REVISION_KEY);
    return revision == null ? 0 : Long.parseLong(revision);
  }

  private static String readCommitData(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (key.equals(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  @Override
  public void upsert(Collection<Paper> papers) {
    try {
      for (Paper p : papers) {
        writer()
            .updateDocument(
                new Term(PaperFields.ID, Long.toString(p.id())), PaperFields.document(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + papers.size() + " papers", e);
    }
  }

  @Override
  public void clear() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the index", e);
    }
  }

  @Override
  public void commit(long storeRevision) {
    try {
      writer()
          .setLiveCommitData(
              Map.of(REVISION_KEY, Long.toString(storeRevision), FORMAT_KEY, PaperFields.FORMAT)
                  .entrySet());
      writer().commit();
      searchers.maybeRefreshBlocking();
      indexedRevision = storeRevision;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    }
  }

  @Override
  public long indexedRevision() {
    return indexedRevision;
  }

  @Override
  public long size() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public SearchResults search(SearchQuery q) {
    Query query = buildQuery(q);
    return withSearcher(
        s -> {
          int n = q.offset() + q.limit();
          TopDocs top = s.search(query, n);
          ScoreDoc[] page =
              java.util.Arrays.copyOfRange(
                  top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
          TopDocs pageDocs = new TopDocs(top.totalHits, page);
          Map<String, String[]> marked =
              new PaperHighlighter(s, analyzer)
                  .highlightFields(
                      PaperHighlighter.FIELDS, query, pageDocs, PaperHighlighter.MAX_PASSAGES);
          String[] titles = marked.get(PaperFields.TITLE);
          String[] snippets = marked.get(PaperFields.ABSTRACT);
          List<SearchHit> hits = new ArrayList<>(page.length);
          for (int i = 0; i < page.length; i++) {
            hits.add(new SearchHit(paperId(s, page[i].doc), page[i].score, titles[i], snippets[i]));
          }
          return new SearchResults(
              top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits);
        });
  }

  /**
   * The same query without highlighting or stored-field loading: the bare Lucene cost, as a
   * baseline for benchmarks. Returns the number of hits collected.
   */
  public int searchBare(SearchQuery q) {
    Query query = buildQuery(q);
    return withSearcher(s -> s.search(query, q.offset() + q.limit()).scoreDocs.length);
  }

  /** The paper id from doc values: no stored-field decompression on the hot path. */
  private static long paperId(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues ids = leaf.reader().getNumericDocValues(PaperFields.ID_ORDER);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("index document " + doc + " has no paper id");
    }
    return ids.longValue();
  }

  Query buildQuery(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(
        parse(q.text()),
        q.text().isBlank() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    if (q.from() != null || q.to() != null) {
      int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
      int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
      b.add(IntPoint.newRangeQuery(PaperFields.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    if (!q.categories().isEmpty()) {
      b.add(
          new TermInSetQuery(
              PaperFields.CATEGORY, q.categories().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query parse(String text) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    try {
      return parser.parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      // Unbalanced quotes or a stray colon: search the words as typed rather than failing the user.
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        again.addSuppressed(e);
        throw new IllegalArgumentException("cannot parse query '" + text + "'", again);
      }
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  @Override
  public void close() {
    try (directory;
        searchers) {
      if (writer != null) {
        writer.rollback(); // uncommitted changes are re-derived from the store by the next catch-up
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
