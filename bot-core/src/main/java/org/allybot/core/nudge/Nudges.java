package org.allybot.core.nudge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads channel messages for inclusive-language nudges and answers the nudge's buttons. A nudge
 * goes only to the author, only in switched-on channels that no other organisation shares, at most
 * once an hour per member and once a day per rule. The message text is matched and forgotten.
 */
public final class Nudges {
  public static final String PREFIX = "nudge.";
  static final String THANKS = PREFIX + "thanks";
  static final String UNHELPFUL = PREFIX + "unhelpful";
  static final String STOP = PREFIX + "stop";

  private static final Logger LOG = LoggerFactory.getLogger(Nudges.class);

  private final LanguageMatcher matcher;
  private final NudgePorts ports;
  private final Map<Platform, ChatPlatform> platforms;
  private final Clock clock;
  private final ZoneId zone;
  private final NudgeLanguage language;

  public Nudges(
      LanguageMatcher matcher,
      NudgePorts ports,
      Map<Platform, ChatPlatform> platforms,
      Clock clock,
      ZoneId zone,
      NudgeLanguage language) {
    this.matcher = matcher;
    this.ports = ports;
    this.platforms = platforms;
    this.clock = clock;
    this.zone = zone;
    this.language = language;
  }

  LanguageMatcher matcher() {
    return matcher;
  }

  /**
   * The private nudge for a channel message, if one is due. A failure is logged by its class only
   * (an exception's message could quote the text) and costs the author nothing but the nudge.
   */
  public Optional<Reply> onMessage(CoreEvent.MessageReceived m) {
    try {
      return nudgeFor(m);
    } catch (RuntimeException e) {
      LOG.warn(
          "Nudge check failed in workspace {}: {}", m.workspace().key(), e.getClass().getName());
      return Optional.empty();
    }
  }

  private Optional<Reply> nudgeFor(CoreEvent.MessageReceived m) {
    WorkspaceId ws = m.workspace();
    if (m.isDirect() || !ports.store().channelOn(ws, m.channelId())) {
      return Optional.empty();
    }
    List<TermMatch> found = matcher.match(m.text());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Set<String> disabled = ports.store().disabledRules(ws);
    String author = ports.tags().of(m.actor().user());
    if (ports.store().optedOut(ws, author) || shared(ws, m.channelId())) {
      return Optional.empty();
    }
    for (TermMatch match : found) {
      String rule = match.rule().id();
      if (disabled.contains(rule) || ports.store().nudgedToday(ws, author, rule)) {
        continue;
      }
      if (!ports.store().claim(ws, author, rule)) {
        return Optional.empty();
      }
      ports.store().count(ws, week(), rule, m.channelId(), author);
      Messages say = language.say(m.actor().user());
      return Optional.of(Reply.of(NudgeMessage.of(match, language.rule(match.rule(), say), say)));
    }
    return Optional.empty();
  }

  /** A shared channel, or one whose kind the platform could not tell, gets no nudge. */
  private boolean shared(WorkspaceId ws, String channel) {
    ChatPlatform platform = platforms.get(ws.platform());
    if (platform == null) {
      return false;
    }
    try {
      return platform.sharedWithOtherOrganisations(ws, channel);
    } catch (DeliveryException e) {
      LOG.warn("Could not tell whether a channel in {} is shared; no nudge", ws.key());
      return true;
    }
  }

  /** A press of one of the nudge's three buttons; the value is the rule id. */
  public Reply choice(UserRef member, String action, String ruleId) {
    WorkspaceId ws = member.workspace();
    Messages say = language.say(member);
    String button = action.substring(PREFIX.length());
    if (!Set.of("thanks", "unhelpful", "stop").contains(button)
        || matcher.rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
      return Reply.text(say.text("nudge.button-gone"));
    }
    ports.store().feedback(ws, week(), ruleId, button);
    String answer =
        switch (button) {
          case "thanks" -> say.text("nudge.thanked");
          case "unhelpful" -> say.text("nudge.unhelpful");
          default -> {
            ports.store().optOut(ws, ports.tags().of(member), true);
            yield say.text("nudge.stopped");
          }
        };
    return Reply.replacing(Message.text(answer));
  }

  String week() {
    return week(LocalDate.now(clock.withZone(zone)));
  }

  /** Today's date in the workspace's default zone, as ISO text. */
  String today() {
    return LocalDate.now(clock.withZone(zone)).toString();
  }

  static String week(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR)
        + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
