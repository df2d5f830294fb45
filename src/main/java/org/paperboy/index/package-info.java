/**
 * The search index as the rest of Paperboy sees it: {@link org.paperboy.index.PaperIndex}, its
 * query and result model, and {@link org.paperboy.index.IndexSync}, which keeps the derived index
 * caught up with the store.
 */
package org.paperboy.index;
