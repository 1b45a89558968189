package org.allybot.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Every line logged (by any thread) while it is open, for tests that assert what a log holds: no
 * stack trace, no request text. Lines at a level the configuration drops are not seen.
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final AppenderBase<ILoggingEvent> appender =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          events.add(event);
        }
      };

  private CapturedLog() {
    appender.setContext(root.getLoggerContext());
    appender.setName("captured-" + System.identityHashCode(this));
    appender.start();
    root.addAppender(appender);
  }

  /** Starts capturing. */
  public static CapturedLog start() {
    return new CapturedLog();
  }

  /** Lines logged with an exception attached (which a console appender prints as a stack trace). */
  public long stackTraces() {
    return events.stream().filter(e -> e.getThrowableProxy() != null).count();
  }

  /** The lines at {@code level} or above, formatted, one per entry. */
  public List<String> lines(Level level) {
    return events.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(level))
        .map(e -> e.getLevel() + " " + e.getFormattedMessage())
        .toList();
  }

  /** Every line with its exception's message, if any: what a reader of the log could see. */
  public String text() {
    return events.stream()
        .map(e ->
            e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
        .collect(Collectors.joining("\n"));
  }

  /** Forgets what was captured so far. */
  public void clear() {
    events.clear();
  }

  /** Lines logged with {@link Level#WARN} or above whose text contains {@code fragment}. */
  public List<String> warnings(String fragment) {
    return lines(Level.WARN).stream().filter(l -> l.contains(fragment)).toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
