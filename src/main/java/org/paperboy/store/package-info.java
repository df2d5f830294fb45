/**
 * All persistence: the {@link org.paperboy.store.PaperStore} interface and its JDBC implementation
 * with Flyway migrations (SQLite embedded). Nothing outside this package opens a database
 * connection.
 */
package org.paperboy.store;
