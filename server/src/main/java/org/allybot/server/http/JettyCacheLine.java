package org.allybot.server.http;

/**
 * Tells Jetty how many object references fill a CPU cache line before it asks. Unless the system
 * property is set, Jetty finds out by reading the JVM's compressed-oops flag through the platform
 * MBean server, which it starts for that alone: some 250 classes of JMX and JFR, a noticeable part
 * of start-up, for one number. An operator's own setting wins.
 */
final class JettyCacheLine {
  static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64;

  /** The JVM compresses references to 4 bytes by default below a 32 GB heap. */
  private static final long COMPRESSED_OOPS_BELOW = 32L << 30;

  private JettyCacheLine() {}

  /** Sets the property unless it is set; call before Jetty's first server starts. */
  static void set() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(
          PROPERTY, Integer.toString(referencesPerLine(Runtime.getRuntime().maxMemory())));
    }
  }

  /** What Jetty would compute for a heap of at most {@code maxHeapBytes}: 16, or 8 above 32 GB. */
  static int referencesPerLine(long maxHeapBytes) {
    return CACHE_LINE_BYTES / (maxHeapBytes < COMPRESSED_OOPS_BELOW ? 4 : 8);
  }
}
