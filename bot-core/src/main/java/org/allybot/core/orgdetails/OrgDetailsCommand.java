package org.allybot.core.orgdetails;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allybot.core.UserRef;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

/**
 * {@code /ally admin set KEY [VALUE]}: the organisation's details; no value clears one. Replies are
 * in the admin's language ({@code admin.org.*} in the {@code admin} bundle family).
 */
public final class OrgDetailsCommand {
  /** The details a workspace can set, in the order they are listed. */
  static final List<String> KEYS = List.of("name", "report_desk", "policy_url");

  private static final int MAX_TEXT = 120;
  private static final int MAX_LINK = 300;

  private final OrgDetails details;
  private final AuditTrail audit;
  private final Clock clock;

  public OrgDetailsCommand(OrgDetails details, AuditTrail audit, Clock clock) {
    this.details = details;
    this.audit = audit;
    this.clock = clock;
  }

  /** {@code args} is the whole command: {@code admin set KEY VALUE...}. */
  public Reply set(Messages say, UserRef admin, Args args) {
    if (args.word(2).isEmpty()) {
      return Reply.text(current(say, details.all(admin.workspace())));
    }
    String key = key(say, args.word(2));
    String value = unwrapLink(args.rest(3).strip());
    if (value.isEmpty()) {
      details.clear(admin.workspace(), key);
      audit.record(admin.workspace(), admin.userId(), "org.clear", key, clock.instant());
      return Reply.text(say.text("admin.org.cleared", "fallback", fallback(say, key)));
    }
    check(say, key, value);
    details.set(admin.workspace(), key, value);
    audit.record(admin.workspace(), admin.userId(), "org.set", key, clock.instant());
    return Reply.text(say.text("admin.org.saved", "value", value, "fallback", fallback(say, key)));
  }

  /** What a placeholder reads as when the workspace has not set it, in {@code say}'s language. */
  static String fallback(Messages say, String key) {
    return say.text("admin.org.default." + key);
  }

  private static String current(Messages say, Map<String, String> set) {
    StringBuilder text = new StringBuilder(say.text("admin.org.current"));
    for (String key : KEYS) {
      String value = set.get(key);
      String shown =
          value != null ? value : say.text("admin.org.unset", "fallback", fallback(say, key));
      text.append('\n').append(say.text("admin.org.line", "key", key, "value", shown));
    }
    String how = say.text("admin.org.how", "usage", say.text("admin.org.usage"));
    return text.append('\n').append(how).toString();
  }

  /** Slack sends a pasted link as {@code <https://x|x>}; keep the link itself. */
  private static String unwrapLink(String value) {
    if (value.startsWith("<") && value.endsWith(">")) {
      String inner = value.substring(1, value.length() - 1);
      int bar = inner.indexOf('|');
      return bar < 0 ? inner : inner.substring(0, bar);
    }
    return value;
  }

  /** {@code name}, {@code org.name}, {@code report-desk} and the like, as the stored key. */
  private static String key(Messages say, String raw) {
    String key = raw.toLowerCase(Locale.ROOT).replaceFirst("^\\{?org\\.", "").replace('-', '_');
    key = key.endsWith("}") ? key.substring(0, key.length() - 1) : key;
    if (!KEYS.contains(key)) {
      throw wrong(say, "admin.org.unknown-key", "key", raw);
    }
    return key;
  }

  private static void check(Messages say, String key, String value) {
    boolean link = key.equals("policy_url");
    int max = link ? MAX_LINK : MAX_TEXT;
    if (value.length() > max) {
      throw wrong(say, "admin.org.too-long", "key", key, "max", max);
    }
    if (link && !value.matches("https?://\\S+")) {
      throw wrong(say, "admin.org.not-a-link", "value", value);
    }
  }

  private static UsageException wrong(Messages say, String key, Object... nameValues) {
    return new UsageException(say.text(key, nameValues), say.text("admin.org.usage"));
  }
}
