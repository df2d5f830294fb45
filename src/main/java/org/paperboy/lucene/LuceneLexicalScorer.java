package org.paperboy.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.paperboy.eval.Csfcube;
import org.paperboy.eval.LexicalScorer;

/**
 * BM25 query by example in an in-memory Lucene index: the query paper's title and abstract,
 * analysed like search ({@link PaperFields#analyzer()}: English stemming and stop words), become
 * one weighted term per distinct term and field (weight = occurrences, title x2 as in search),
 * restricted to the candidates. Thread-safe after construction.
 */
public final class LuceneLexicalScorer implements LexicalScorer {
  private static final float TITLE_BOOST = 2f;

  private final Map<String, Csfcube.PaperText> papers;
  private final Analyzer analyzer = PaperFields.analyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public LuceneLexicalScorer(Map<String, Csfcube.PaperText> papers) {
    this.papers = Map.copyOf(papers);
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Map.Entry<String, Csfcube.PaperText> e : new TreeMap<>(papers).entrySet()) {
          Document d = new Document();
          d.add(new StringField(PaperFields.ID, e.getKey(), Field.Store.YES));
          d.add(new TextField(PaperFields.TITLE, e.getValue().title(), Field.Store.NO));
          d.add(new TextField(PaperFields.ABSTRACT, e.getValue().abstractText(), Field.Store.NO));
          writer.addDocument(d);
        }
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory BM25 index", e);
    }
  }

  @Override
  public Map<String, Double> scores(String queryPaperId, Collection<String> candidateIds) {
    Csfcube.PaperText query = papers.get(queryPaperId);
    if (query == null) {
      throw new IllegalArgumentException("unknown query paper " + queryPaperId);
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    for (String field : List.of(PaperFields.TITLE, PaperFields.ABSTRACT)) {
      float fieldBoost = field.equals(PaperFields.TITLE) ? TITLE_BOOST : 1f;
      analyze(field, query.passage())
          .forEach(
              (term, count) ->
                  terms.add(
                      new BoostQuery(new TermQuery(new Term(field, term)), fieldBoost * count),
                      BooleanClause.Occur.SHOULD));
    }
    List<BytesRef> ids = new ArrayList<>();
    candidateIds.forEach(id -> ids.add(new BytesRef(id)));
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(terms.build(), BooleanClause.Occur.MUST)
            .add(new TermInSetQuery(PaperFields.ID, ids), BooleanClause.Occur.FILTER)
            .build();
    try {
      Map<String, Double> scores = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(q, Math.max(1, candidateIds.size())).scoreDocs) {
        scores.put(stored.document(hit.doc).get(PaperFields.ID), (double) hit.score);
      }
      return scores;
    } catch (IOException e) {
      throw new UncheckedIOException("BM25 search failed for query paper " + queryPaperId, e);
    }
  }

  private Map<String, Integer> analyze(String field, String text) {
    Map<String, Integer> counts = new TreeMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse query text", e);
    }
    return counts;
  }

  @Override
  public void close() {
    try (directory;
        reader) {
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory BM25 index", e);
    }
  }
}
