package org.paperboy.ingest;

import java.util.List;

/**
 * One {@code <paper>} of an ACL Anthology collection file as written there, before any cleaning or
 * validation. Text fields hold the element's text with inline markup dropped and {@code <tex-math>}
 * already turned into Unicode; whitespace is as in the file. Any field may be null when the element
 * is missing.
 *
 * @param collection the collection id, e.g. {@code 2023.acl} or {@code P19}
 * @param volume the volume id, e.g. {@code long} or {@code 1}
 * @param paperId the paper's {@code id} attribute
 * @param line the line of the paper's start tag
 * @param year the volume's {@code <year>}
 * @param booktitle the volume's {@code <booktitle>}
 * @param url the paper's {@code <url>}: a file name on aclanthology.org or an external URL
 * @param payload the paper element re-serialised, with the volume context as attributes
 */
record AclPaperXml(
    String collection,
    String volume,
    String paperId,
    long line,
    String year,
    String booktitle,
    String title,
    String abstractText,
    List<AuthorXml> authors,
    String url,
    String doi,
    String payload) {

  AclPaperXml {
    authors = List.copyOf(authors);
  }

  /**
   * An {@code <author>}: its own {@code <first>} and {@code <last>} (not those of a {@code
   * <variant>} spelling) and its {@code id} attribute, each null when missing.
   */
  record AuthorXml(String first, String last, String id) {}
}
