/**
 * The embedded search index: {@link org.paperboy.lucene.LucenePaperIndex} implements {@link
 * org.paperboy.index.PaperIndex} with Lucene (BM25 over fielded text, filters on points and
 * keywords).
 */
package org.paperboy.lucene;
