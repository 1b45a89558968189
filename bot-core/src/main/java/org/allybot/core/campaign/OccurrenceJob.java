package org.allybot.core.campaign;

import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job behind every occurrence trigger: hands the occurrence back to its scheduler. */
final class OccurrenceJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(OccurrenceJob.class);

  private final Consumer<OccurrenceTicket> scheduler;

  OccurrenceJob(Consumer<OccurrenceTicket> scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void execute(JobExecutionContext context) {
    OccurrenceTicket ticket = OccurrenceTicket.from(context.getMergedJobDataMap());
    try {
      scheduler.accept(ticket);
    } catch (RuntimeException e) {
      Occurrence occurrence = ticket.occurrence();
      LOG.error(
          "campaign '{}' {} could not be run or re-planned",
          occurrence.campaignId(),
          occurrence.kind(),
          e);
    }
  }
}
