package org.paperboy.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts values a reader left out of an otherwise usable record (an invalid DOI, an e-mail address
 * given as author id …), by reason. A dropped field does not skip the record, so it is not an
 * ingest issue; this is where it is counted instead.
 *
 * <p>Thread-safe: readers may count from several threads.
 */
public final class DroppedFields {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String reason) {
    counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** How often {@code reason} was counted, 0 when never. */
  public long get(String reason) {
    LongAdder n = counts.get(reason);
    return n == null ? 0 : n.sum();
  }

  /** The counts so far by reason, in reason order. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((reason, n) -> out.put(reason, n.sum()));
    return out;
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
