package org.paperboy.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the JVM itself can tell about resource use. */
final class Jvm {
  private Jvm() {}

  /**
   * Peak heap use since start, summed over heap pools, in MiB (an upper bound: pools peak at
   * different times).
   */
  static long peakHeapMib() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  static long maxHeapMib() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }
}
