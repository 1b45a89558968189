package org.allybot.core.campaign;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One occurrence as Quartz holds it: a one-shot job and trigger whose data carry the occurrence,
 * the campaign plan it belongs to ({@code generation}), and whether it is a catch-up run.
 */
record OccurrenceTicket(Occurrence occurrence, long generation, boolean catchUp) {
  private static final String PLATFORM = "platform";
  private static final String WORKSPACE = "workspace";
  private static final String CAMPAIGN = "campaign";
  private static final String KIND = "kind";
  private static final String ZONE = "zone";
  private static final String TIME = "time";
  private static final String AT = "at";
  private static final String GENERATION = "generation";
  private static final String CATCH_UP = "catchUp";

  /** The Quartz group that holds every job of one campaign. */
  static String group(WorkspaceId workspace, String campaignId) {
    return "campaign|" + workspace.key() + "|" + campaignId;
  }

  static OccurrenceTicket from(JobDataMap data) {
    Occurrence occurrence =
        new Occurrence(
            new WorkspaceId(Platform.valueOf(data.getString(PLATFORM)), data.getString(WORKSPACE)),
            data.getString(CAMPAIGN),
            OccurrenceKind.valueOf(data.getString(KIND)),
            new Slot(ZoneId.of(data.getString(ZONE)), LocalTime.parse(data.getString(TIME))),
            Instant.parse(data.getString(AT)));
    return new OccurrenceTicket(
        occurrence, data.getLong(GENERATION), data.getBooleanValue(CATCH_UP));
  }

  String group() {
    return group(occurrence.workspace(), occurrence.campaignId());
  }

  JobDetail job() {
    return JobBuilder.newJob(OccurrenceJob.class)
        .withIdentity(name(), group())
        .usingJobData(PLATFORM, occurrence.workspace().platform().name())
        .usingJobData(WORKSPACE, occurrence.workspace().id())
        .usingJobData(CAMPAIGN, occurrence.campaignId())
        .usingJobData(KIND, occurrence.kind().name())
        .usingJobData(ZONE, occurrence.slot().zone().getId())
        .usingJobData(TIME, occurrence.slot().time().toString())
        .usingJobData(AT, occurrence.at().toString())
        .usingJobData(GENERATION, generation)
        .usingJobData(CATCH_UP, catchUp)
        .build();
  }

  /** Fires at the occurrence's instant, or at once for a catch-up; a late fire fires at once. */
  Trigger trigger() {
    TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(name(), group());
    builder = catchUp ? builder.startNow() : builder.startAt(Date.from(occurrence.at()));
    return builder
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  private String name() {
    Slot slot = occurrence.slot();
    return String.join(
        "|",
        occurrence.kind().name(),
        slot.zone().getId(),
        slot.time().toString(),
        Long.toString(occurrence.at().getEpochSecond()),
        catchUp ? "catch-up" : "on-time");
  }
}
