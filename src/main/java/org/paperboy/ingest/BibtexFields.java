package org.paperboy.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * One entry's fields as raw LaTeX strings by lower-case name, self-contained: {@code @string}
 * macros expanded, and the fields a {@code crossref}'d entry supplies filled in as BibTeX does (all
 * but its {@code title}, which names the volume, not the paper).
 *
 * <p>Thread-safe: immutable.
 *
 * @param type entry type, lower case ({@code inproceedings})
 * @param key citation key as written
 */
record BibtexFields(String type, String key, Map<String, String> values) {

  BibtexFields {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static BibtexFields of(BibTeXEntry entry) {
    Map<String, String> values = new LinkedHashMap<>();
    entry.getFields().forEach((name, value) -> values.put(lower(name), value.toUserString()));
    Value crossref = entry.getField(BibTeXEntry.KEY_CROSSREF);
    if (crossref instanceof CrossReferenceValue reference && reference.getEntry() != null) {
      reference
          .getEntry()
          .getFields()
          .forEach(
              (name, value) -> {
                String field = lower(name);
                if (!field.equals("title") && !field.equals("crossref")) {
                  values.putIfAbsent(field, value.toUserString());
                }
              });
    }
    return new BibtexFields(lower(entry.getType()), entry.getKey().getValue(), values);
  }

  /** The field's raw value, stripped, or null when absent or blank. */
  String get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The entry as BibTeX text, formatted by jbibtex: the same entry always gives the same text, and
   * the text alone gives back the same paper. The original's layout and comments are not kept.
   */
  String toBibtex() {
    BibTeXEntry flat = new BibTeXEntry(new Key(type), new Key(key));
    values.forEach((name, value) -> flat.addField(new Key(name), new StringValue(value, BRACED)));
    BibTeXDatabase database = new BibTeXDatabase();
    database.addObject(flat);
    BibTeXFormatter formatter = new BibTeXFormatter();
    formatter.setIndent("  ");
    StringWriter out = new StringWriter();
    try {
      formatter.format(database, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static final StringValue.Style BRACED = StringValue.Style.BRACED;

  private static String lower(Key key) {
    return key.getValue().toLowerCase(Locale.ROOT);
  }
}
