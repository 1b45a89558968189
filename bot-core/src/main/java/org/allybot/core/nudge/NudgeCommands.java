package org.allybot.core.nudge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allybot.content.LanguageRule;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.command.Args;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.practice.GroupFigures;

/**
 * {@code /ally nudges ...}: members switch nudges off and on for themselves and read the rules;
 * admins choose the channels, switch rules off and on, and read the weekly counts.
 */
public final class NudgeCommands {
  static final int STATS_WEEKS = 4;

  private final Nudges nudges;
  private final NudgePorts ports;
  private final AuditTrail audit;
  private final Clock clock;

  public NudgeCommands(Nudges nudges, NudgePorts ports, AuditTrail audit, Clock clock) {
    this.nudges = nudges;
    this.ports = ports;
    this.audit = audit;
    this.clock = clock;
  }

  /** {@code args} is the whole command line, {@code nudges} first. */
  public Reply command(UserRef user, boolean admin, Args args) {
    String verb = args.word(1).toLowerCase(Locale.ROOT);
    boolean namesChannel = !args.word(2).isEmpty();
    return switch (verb) {
      case "", "help" -> Reply.text(NudgeTexts.help() + "\nUsage: `" + NudgeTexts.USAGE + "`");
      case "on", "off" ->
          namesChannel
              ? channel(admin(user, admin), args.word(2), verb.equals("on"))
              : member(user, verb.equals("off"));
      case "list" -> Reply.text(NudgeTexts.channelList(ports.store().channels(ws(user, admin))));
      case "rules" -> rules(user.workspace());
      case "disable", "enable" -> rule(admin(user, admin), args.word(2), verb.equals("disable"));
      case "stats" -> stats(ws(user, admin));
      default -> throw new UsageException(NudgeTexts.unknown(truncate(verb)), NudgeTexts.USAGE);
    };
  }

  private static UserRef admin(UserRef user, boolean admin) {
    if (!admin) {
      throw new UsageException(
          "Only Allybot admins can do that. Ask an admin, or see who they are in your workspace"
              + " settings.",
          NudgeTexts.USAGE);
    }
    return user;
  }

  private static WorkspaceId ws(UserRef user, boolean admin) {
    return admin(user, admin).workspace();
  }

  private Reply member(UserRef user, boolean off) {
    ports.store().optOut(user.workspace(), ports.tags().of(user), off);
    return Reply.text(off ? NudgeTexts.memberOff() : NudgeTexts.memberOn());
  }

  private Reply channel(UserRef admin, String word, boolean on) {
    String channel =
        Mentions.channel(word)
            .orElseThrow(() -> new UsageException(NudgeTexts.whichChannel(), NudgeTexts.USAGE));
    ports.store().switchChannel(admin.workspace(), channel, on);
    audit.record(
        admin.workspace(),
        admin.userId(),
        on ? "nudges.on" : "nudges.off",
        "<#" + channel + ">",
        clock.instant());
    return Reply.text(on ? NudgeTexts.channelOn(channel) : NudgeTexts.channelOff(channel));
  }

  private Reply rules(WorkspaceId ws) {
    Set<String> disabled = ports.store().disabledRules(ws);
    List<LanguageRule> rules = nudges.matcher().rules();
    List<String> lines = new ArrayList<>();
    lines.add(NudgeTexts.rulesHeader(rules.size()));
    rules.forEach(r -> lines.add(NudgeTexts.ruleLine(r, disabled.contains(r.id()))));
    return Reply.of(Message.of(lines.getFirst(), new Block.Text(String.join("\n", lines))));
  }

  private Reply rule(UserRef admin, String id, boolean disable) {
    String ruleId = id.toLowerCase(Locale.ROOT);
    if (nudges.matcher().rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
      throw new UsageException(NudgeTexts.unknownRule(truncate(id)), NudgeTexts.USAGE);
    }
    ports.store().disableRule(admin.workspace(), ruleId, disable);
    audit.record(
        admin.workspace(),
        admin.userId(),
        disable ? "nudges.disable" : "nudges.enable",
        ruleId,
        clock.instant());
    return Reply.text(disable ? NudgeTexts.ruleDisabled(ruleId) : NudgeTexts.ruleEnabled(ruleId));
  }

  /** Only lines with at least {@link GroupFigures#MIN_GROUP} distinct authors are shown. */
  private Reply stats(WorkspaceId ws) {
    List<String> lines = new ArrayList<>();
    LocalDate day = LocalDate.parse(nudges.today());
    for (int back = 0; back < STATS_WEEKS; back++) {
      String week = Nudges.week(day.minusWeeks(back));
      for (NudgeCount count : ports.store().week(ws, week)) {
        if (count.authors() >= GroupFigures.MIN_GROUP) {
          lines.add(NudgeTexts.statsLine(week, count));
        }
      }
    }
    String body = lines.isEmpty() ? NudgeTexts.statsNone() : String.join("\n", lines);
    String header = NudgeTexts.statsHeader(STATS_WEEKS);
    return Reply.of(Message.of(header, new Block.Text(header), new Block.Text(body)));
  }

  private static String truncate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
