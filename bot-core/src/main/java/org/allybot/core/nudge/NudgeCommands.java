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
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
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
  private final LanguageOf languageOf;

  public NudgeCommands(
      Nudges nudges, NudgePorts ports, AuditTrail audit, Clock clock, LanguageOf languageOf) {
    this.nudges = nudges;
    this.ports = ports;
    this.audit = audit;
    this.clock = clock;
    this.languageOf = languageOf;
  }

  /** The nudges section of {@code /ally help}. */
  public static String helpSection(Messages say, boolean admin) {
    String member = say.text("nudge.help.member");
    return admin ? member + say.text("nudge.help.admin") : member;
  }

  /** {@code args} is the whole command line, {@code nudges} first. */
  public Reply command(UserRef user, boolean admin, Args args) {
    Messages say = languageOf.messages(user);
    String verb = args.word(1).toLowerCase(Locale.ROOT);
    boolean namesChannel = !args.word(2).isEmpty();
    return switch (verb) {
      case "", "help" ->
          Reply.text(
              say.text("error.usage", "message", say.text("nudge.help"), "usage", usage(say)));
      case "on", "off" ->
          namesChannel
              ? channel(say, admin(say, user, admin), args.word(2), verb.equals("on"))
              : member(say, user, verb.equals("off"));
      case "list" -> list(say, ws(say, user, admin));
      case "rules" -> rules(say, user.workspace());
      case "disable", "enable" ->
          rule(say, admin(say, user, admin), args.word(2), verb.equals("disable"));
      case "stats" -> stats(say, ws(say, user, admin));
      default ->
          throw new UsageException(say.text("nudge.unknown", "verb", truncate(verb)), usage(say));
    };
  }

  private static String usage(Messages say) {
    return say.text("nudge.usage");
  }

  private static UserRef admin(Messages say, UserRef user, boolean admin) {
    if (!admin) {
      throw new UsageException(say.text("error.admin-only"), usage(say));
    }
    return user;
  }

  private static WorkspaceId ws(Messages say, UserRef user, boolean admin) {
    return admin(say, user, admin).workspace();
  }

  private Reply member(Messages say, UserRef user, boolean off) {
    ports.store().optOut(user.workspace(), ports.tags().of(user), off);
    return Reply.text(say.text(off ? "nudge.member-off" : "nudge.member-on"));
  }

  private Reply list(Messages say, WorkspaceId ws) {
    List<String> channels = ports.store().channels(ws);
    if (channels.isEmpty()) {
      return Reply.text(say.text("nudge.channels.none"));
    }
    return Reply.text(
        say.text(
            "nudge.channels",
            "channels",
            String.join(", ", channels.stream().map(c -> "<#" + c + ">").toList())));
  }

  private Reply channel(Messages say, UserRef admin, String word, boolean on) {
    String channel =
        Mentions.channel(word)
            .orElseThrow(() -> new UsageException(say.text("nudge.which-channel"), usage(say)));
    ports.store().switchChannel(admin.workspace(), channel, on);
    audit.record(
        admin.workspace(),
        admin.userId(),
        on ? "nudges.on" : "nudges.off",
        "<#" + channel + ">",
        clock.instant());
    return Reply.text(say.text(on ? "nudge.channel-on" : "nudge.channel-off", "channel", channel));
  }

  private Reply rules(Messages say, WorkspaceId ws) {
    Set<String> disabled = ports.store().disabledRules(ws);
    List<LanguageRule> rules = nudges.matcher().rules();
    List<String> lines = new ArrayList<>();
    lines.add(say.text("nudge.rules-header", "count", rules.size()));
    rules.forEach(r -> lines.add(ruleLine(say, r, disabled.contains(r.id()))));
    return Reply.of(Message.of(lines.getFirst(), new Block.Text(String.join("\n", lines))));
  }

  private static String ruleLine(Messages say, LanguageRule rule, boolean disabled) {
    String terms =
        String.join(", ", rule.terms().subList(0, Math.min(4, rule.terms().size())))
            + (rule.terms().size() > 4 ? "…" : "");
    return say.text(
        "nudge.rule-line",
        "id",
        rule.id(),
        "category",
        rule.category().word().replace('-', '_'),
        "level",
        rule.level().word(),
        "off",
        Boolean.toString(disabled),
        "terms",
        terms);
  }

  private Reply rule(Messages say, UserRef admin, String id, boolean disable) {
    String ruleId = id.toLowerCase(Locale.ROOT);
    if (nudges.matcher().rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
      throw new UsageException(say.text("nudge.unknown-rule", "id", truncate(id)), usage(say));
    }
    ports.store().disableRule(admin.workspace(), ruleId, disable);
    audit.record(
        admin.workspace(),
        admin.userId(),
        disable ? "nudges.disable" : "nudges.enable",
        ruleId,
        clock.instant());
    return Reply.text(
        say.text(disable ? "nudge.rule-disabled" : "nudge.rule-enabled", "id", ruleId));
  }

  /** Only lines with at least {@link GroupFigures#MIN_GROUP} distinct authors are shown. */
  private Reply stats(Messages say, WorkspaceId ws) {
    List<String> lines = new ArrayList<>();
    LocalDate day = LocalDate.parse(nudges.today());
    for (int back = 0; back < STATS_WEEKS; back++) {
      String week = Nudges.week(day.minusWeeks(back));
      for (NudgeCount count : ports.store().week(ws, week)) {
        if (count.authors() >= GroupFigures.MIN_GROUP) {
          lines.add(statsLine(say, week, count));
        }
      }
    }
    String body = lines.isEmpty() ? say.text("nudge.stats-none") : String.join("\n", lines);
    String header = say.text("nudge.stats-header", "weeks", STATS_WEEKS);
    return Reply.of(Message.of(header, new Block.Text(header), new Block.Text(body)));
  }

  private static String statsLine(Messages say, String week, NudgeCount c) {
    boolean rule = c.key().startsWith("rule:");
    String what =
        rule
            ? "`" + c.key().substring("rule:".length()) + "`"
            : "<#" + c.key().substring("channel:".length()) + ">";
    String line = say.text("nudge.stats-line", "week", week, "what", what, "nudges", c.nudges());
    return rule
        ? line + say.text("nudge.stats-feedback", "thanks", c.thanks(), "unhelpful", c.unhelpful())
        : line;
  }

  private static String truncate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
