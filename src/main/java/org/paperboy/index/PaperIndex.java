package org.paperboy.index;

import java.util.Collection;
import org.paperboy.domain.Paper;

/**
 * A search index derived from the store. Implementations: Lucene (embedded); SolrCloud later.
 *
 * <p>Implementations are thread-safe: searches run concurrently with each other and with updates; a
 * search sees the state as of the last {@link #commit}. Close once, at shutdown.
 */
public interface PaperIndex extends AutoCloseable {

  /** Adds or replaces papers, keyed by paper id. Visible to searches after {@link #commit}. */
  void upsert(Collection<Paper> papers);

  /** Removes every paper. Visible after {@link #commit}. */
  void clear();

  /** Makes changes durable and visible, recording the store revision the index now reflects. */
  void commit(long storeRevision);

  /** The store revision the index reflected at its last commit; 0 for a new index. */
  long indexedRevision();

  long size();

  SearchResults search(SearchQuery query);

  @Override
  void close();
}
