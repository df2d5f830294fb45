package org.paperboy.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.paperboy.domain.Paper;
import org.paperboy.store.PaperStore;

/**
 * Brings a derived index up to date with the store. The index records the store revision it
 * reflects, so a crash between a store commit and an index commit is repaired by the next catch-up,
 * and a rebuild is just a catch-up from revision 0 into an empty index. Not thread-safe: run one
 * sync at a time per index.
 */
public final class IndexSync {
  private static final int BATCH = 2000;
  private final PaperStore store;
  private final PaperIndex index;

  public IndexSync(PaperStore store, PaperIndex index) {
    this.store = store;
    this.index = index;
  }

  /** Indexes every paper changed since the index's last commit; returns how many were indexed. */
  public long catchUp(LongConsumer progress) {
    long target = store.revision();
    long from = index.indexedRevision();
    if (from >= target) {
      return 0;
    }
    List<Paper> batch = new ArrayList<>(BATCH);
    long[] done = {0};
    store.forEachPaper(
        from,
        p -> {
          batch.add(p);
          if (batch.size() == BATCH) {
            index.upsert(batch);
            done[0] += batch.size();
            batch.clear();
            progress.accept(done[0]);
          }
        });
    index.upsert(batch);
    done[0] += batch.size();
    progress.accept(done[0]);
    index.commit(target);
    return done[0];
  }

  /** Empties the index and indexes every paper in the store. */
  public long rebuild(LongConsumer progress) {
    index.clear();
    index.commit(0);
    return catchUp(progress);
  }
}
