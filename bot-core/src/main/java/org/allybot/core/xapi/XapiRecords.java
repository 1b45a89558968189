package org.allybot.core.xapi;

import org.allybot.core.learning.LearningEvent;
import org.allybot.core.learning.LearningRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learning events as xAPI statements queued for the LRS. Queuing is one Redis append; a failure is
 * logged by event type and never reaches the member, whose answer is already stored.
 */
public final class XapiRecords implements LearningRecords {
  private static final Logger log = LoggerFactory.getLogger(XapiRecords.class);

  private final XapiStatements statements;
  private final StatementQueue queue;

  public XapiRecords(XapiStatements statements, StatementQueue queue) {
    this.statements = statements;
    this.queue = queue;
  }

  @Override
  public void record(LearningEvent event) {
    try {
      queue.append(statements.build(event));
    } catch (RuntimeException e) {
      log.warn(
          "xAPI: could not queue a {} statement: {}",
          event.getClass().getSimpleName(),
          e.getClass().getName());
    }
  }
}
