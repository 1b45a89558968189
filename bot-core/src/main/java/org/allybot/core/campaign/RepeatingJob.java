package org.allybot.core.campaign;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A housekeeping task run at a fixed interval; a failure is logged and the next run still comes.
 */
@DisallowConcurrentExecution
final class RepeatingJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(RepeatingJob.class);

  private final String name;
  private final Runnable task;

  RepeatingJob(String name, Runnable task) {
    this.name = name;
    this.task = task;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("repeating job '{}' failed; it will run again at its next interval", name, e);
    }
  }
}
