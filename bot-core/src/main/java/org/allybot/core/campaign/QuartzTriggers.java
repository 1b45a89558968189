package org.allybot.core.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.TriggerFiredBundle;

/**
 * The Quartz side of the campaign scheduler: one-shot occurrence triggers grouped by campaign,
 * repeating housekeeping jobs, and a shutdown that waits for running jobs. Quartz's checked
 * failures surface as {@link IllegalStateException}s naming what was attempted.
 */
final class QuartzTriggers implements AutoCloseable {
  private static final String REPEATING_GROUP = "every";

  private final Consumer<OccurrenceTicket> onFire;
  private final Map<String, Runnable> repeating = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Scheduler quartz;

  QuartzTriggers(String instanceName, Consumer<OccurrenceTicket> onFire) {
    this.onFire = onFire;
    this.quartz = call(() -> DaemonQuartz.create(instanceName, this::newJob), "create");
  }

  void start() {
    run(quartz::start, "start");
  }

  /** Adds an occurrence's trigger, replacing one for the same occurrence. */
  void schedule(OccurrenceTicket ticket) {
    run(() -> quartz.scheduleJob(ticket.job(), Set.of(ticket.trigger()), true), "schedule");
  }

  /** Removes every trigger of one campaign. */
  void deleteGroup(String group) {
    run(
        () -> quartz.deleteJobs(List.copyOf(quartz.getJobKeys(GroupMatcher.jobGroupEquals(group)))),
        "unschedule");
  }

  List<Instant> nextFireTimes(String group) {
    return call(
        () -> {
          List<Instant> times = new ArrayList<>();
          for (var key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
            Optional.ofNullable(quartz.getTrigger(key))
                .map(Trigger::getNextFireTime)
                .ifPresent(next -> times.add(next.toInstant()));
          }
          return times.stream().sorted().toList();
        },
        "inspect");
  }

  /** Runs {@code task} every {@code interval} of real time, first after one interval. */
  void every(String name, Duration interval, Runnable task) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a repeating job needs a positive interval");
    }
    repeating.put(name, task);
    JobDetail job =
        JobBuilder.newJob(RepeatingJob.class).withIdentity(name, REPEATING_GROUP).build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(name, REPEATING_GROUP)
            .startAt(Date.from(Instant.now().plus(interval)))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    run(() -> quartz.scheduleJob(job, Set.of(trigger), true), "schedule " + name);
  }

  /** Stops Quartz, waiting for running jobs; later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      run(() -> quartz.shutdown(true), "shut down");
    }
  }

  private Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
    JobKey key = bundle.getJobDetail().getKey();
    if (REPEATING_GROUP.equals(key.getGroup())) {
      return new RepeatingJob(key.getName(), repeating.getOrDefault(key.getName(), () -> {}));
    }
    return new OccurrenceJob(onFire);
  }

  /** A Quartz call that returns a value. */
  private interface QuartzCall<T> {
    T call() throws SchedulerException;
  }

  /** A Quartz call that returns nothing. */
  private interface QuartzAction {
    void run() throws SchedulerException;
  }

  private static <T> T call(QuartzCall<T> call, String action) {
    try {
      return call.call();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz could not " + action, e);
    }
  }

  private static void run(QuartzAction action, String what) {
    call(
        () -> {
          action.run();
          return null;
        },
        what);
  }
}
