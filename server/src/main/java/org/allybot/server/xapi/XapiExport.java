package org.allybot.server.xapi;

import java.time.Clock;
import org.allybot.content.Curriculum;
import org.allybot.core.MasterKey;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.member.MemberPseudonym;
import org.allybot.core.store.RedisStatementQueue;
import org.allybot.core.xapi.ForwardingSettings;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.core.xapi.StatementForwarder;
import org.allybot.core.xapi.XapiBacklog;
import org.allybot.core.xapi.XapiRecords;
import org.allybot.core.xapi.XapiStatements;
import org.allybot.core.xapi.XapiVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * One instance's xAPI export: the learning records the core reports to (statements queued in Redis)
 * and the forwarder that sends them to the LRS. Closing it stops the forwarder; what is queued
 * stays for the next start or another instance.
 */
public final class XapiExport implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(XapiExport.class);

  private final XapiRecords records;
  private final StatementForwarder forwarder;
  private final HttpLrs lrs;

  private XapiExport(XapiRecords records, StatementForwarder forwarder, HttpLrs lrs) {
    this.records = records;
    this.forwarder = forwarder;
    this.lrs = lrs;
  }

  /** Starts forwarding what is queued (also what an earlier run left) to the settings' LRS. */
  public static XapiExport start(
      XapiSettings settings,
      ForwardingSettings forwarding,
      UnifiedJedis redis,
      MasterKey key,
      Curriculum curriculum,
      String publicUrl,
      MemberEmails emails,
      Clock clock) {
    RedisStatementQueue queue = new RedisStatementQueue(redis);
    XapiStatements statements =
        new XapiStatements(
            curriculum,
            new XapiVocabulary(publicUrl),
            new MemberPseudonym(key),
            settings.actor(),
            emails);
    HttpLrs lrs = new HttpLrs(settings, clock);
    StatementForwarder forwarder = new StatementForwarder(queue, lrs, forwarding);
    forwarder.start();
    log.info(
        "xAPI export on: statements to {} ({} actors)",
        settings.statements(),
        settings.actor().name().toLowerCase(java.util.Locale.ROOT));
    return new XapiExport(new XapiRecords(statements, queue), forwarder, lrs);
  }

  /** Where the core reports learning events. */
  public LearningRecords records() {
    return records;
  }

  /** Statements waiting and set aside, for the dashboard and {@code /metrics}. */
  public XapiBacklog backlog() {
    return forwarder.backlog();
  }

  public StatementForwarder forwarder() {
    return forwarder;
  }

  @Override
  public void close() {
    forwarder.close();
    lrs.close();
  }
}
