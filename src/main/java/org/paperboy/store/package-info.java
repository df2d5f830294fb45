/**
 * All persistence: the {@link org.paperboy.store.PaperStore} interface and its JDBC implementation,
 * the embedding cache ({@link org.paperboy.store.EmbeddingStore}), with Flyway migrations (SQLite
 * embedded). Nothing outside this package opens a database connection.
 */
package org.paperboy.store;
