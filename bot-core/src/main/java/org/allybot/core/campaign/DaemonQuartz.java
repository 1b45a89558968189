package org.allybot.core.campaign;

import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Builds an in-memory Quartz scheduler whose threads are all daemons, so a start-up that fails
 * after Quartz was created can never keep the JVM alive.
 */
final class DaemonQuartz {
  private DaemonQuartz() {}

  /** A new, not yet started scheduler; {@code instanceName} must be unique in this JVM. */
  static Scheduler create(String instanceName, JobFactory jobs) throws SchedulerException {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", instanceName);
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    properties.setProperty("org.quartz.threadPool.threadCount", "2");
    properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
    scheduler.setJobFactory(jobs);
    return scheduler;
  }
}
