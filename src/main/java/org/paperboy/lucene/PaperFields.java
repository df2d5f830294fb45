package org.paperboy.lucene;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.paperboy.domain.Author;
import org.paperboy.domain.Paper;

/**
 * Every index field, its type and analyzer, in one place.
 *
 * <ul>
 *   <li>{@code id}: keyword + stored: the store id, the key for updates and the way back to the
 *       store.
 *   <li>{@code id_order}: doc values: breaks score ties deterministically (lower id first).
 *   <li>{@code title}, {@code abstract}: English analysis (stemming, stop words), stored with
 *       offsets in the postings so that the highlighter needs no re-analysis.
 *   <li>{@code author}: names folded to ASCII and lower-cased, not stemmed ("Müller" finds
 *       "Muller").
 *   <li>{@code category}: keyword, exact ({@code cs.CL}); filter only.
 *   <li>{@code date}: int points (epoch day) of every listing date and of the publication date; the
 *       date range filter. A paper known only by year gets no point (see {@code year}).
 *   <li>{@code year}: int point of the publication year.
 *   <li>{@code first_day}: doc values of the first listing day, for sorting by date.
 * </ul>
 */
final class PaperFields {
  /** Bump when fields or analysis change: an index of another format is rebuilt from the store. */
  static final String FORMAT = "2";

  static final String ID = "id";
  static final String ID_ORDER = "id_order";
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";
  static final String AUTHOR = "author";
  static final String CATEGORY = "category";
  static final String DATE = "date";
  static final String YEAR = "year";
  static final String FIRST_DAY = "first_day";

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private PaperFields() {}

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  static Analyzer analyzer() {
    try {
      Analyzer names =
          CustomAnalyzer.builder()
              .withTokenizer("standard")
              .addTokenFilter("lowercase")
              .addTokenFilter("asciiFolding")
              .build();
      return new PerFieldAnalyzerWrapper(
          new EnglishAnalyzer(),
          Map.of(AUTHOR, names, CATEGORY, new KeywordAnalyzer(), ID, new KeywordAnalyzer()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot build the author analyzer", e);
    }
  }

  static Document document(Paper p) {
    Document d = new Document();
    d.add(new StringField(ID, Long.toString(p.id()), Field.Store.YES));
    d.add(new NumericDocValuesField(ID_ORDER, p.id()));
    d.add(new Field(TITLE, p.title(), TEXT_WITH_OFFSETS));
    if (p.abstractText() != null) {
      d.add(new Field(ABSTRACT, p.abstractText(), TEXT_WITH_OFFSETS));
    }
    for (Author a : p.authors()) {
      d.add(new TextField(AUTHOR, a.name(), Field.Store.NO));
    }
    for (String c : p.categories()) {
      d.add(new StringField(CATEGORY, c, Field.Store.NO));
    }
    for (LocalDate day : p.listingDates()) {
      d.add(new IntPoint(DATE, (int) day.toEpochDay()));
    }
    if (p.firstPublished() != null && !p.listingDates().contains(p.firstPublished())) {
      d.add(new IntPoint(DATE, (int) p.firstPublished().toEpochDay()));
    }
    if (p.publicationYear() != 0) {
      d.add(new IntPoint(YEAR, p.publicationYear()));
    }
    LocalDate first = p.firstSeen();
    if (first != null) {
      d.add(new NumericDocValuesField(FIRST_DAY, first.toEpochDay()));
    }
    return d;
  }
}
