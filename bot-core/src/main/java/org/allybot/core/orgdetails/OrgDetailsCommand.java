package org.allybot.core.orgdetails;

import java.time.Clock;
import java.util.Locale;
import org.allybot.core.UserRef;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;

/** {@code /ally admin set KEY [VALUE]}: the organisation's details; no value clears one. */
public final class OrgDetailsCommand {
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
  public Reply set(UserRef admin, Args args) {
    if (args.word(2).isEmpty()) {
      return Reply.text(OrgTexts.current(details.all(admin.workspace())));
    }
    String key = key(args.word(2));
    String value = unwrapLink(args.rest(3).strip());
    if (value.isEmpty()) {
      details.clear(admin.workspace(), key);
      audit.record(admin.workspace(), admin.userId(), "org.clear", key, clock.instant());
      return Reply.text(OrgTexts.cleared(key));
    }
    check(key, value);
    details.set(admin.workspace(), key, value);
    audit.record(admin.workspace(), admin.userId(), "org.set", key, clock.instant());
    return Reply.text(OrgTexts.saved(key, value));
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
  private static String key(String raw) {
    String key = raw.toLowerCase(Locale.ROOT).replaceFirst("^\\{?org\\.", "").replace('-', '_');
    key = key.endsWith("}") ? key.substring(0, key.length() - 1) : key;
    if (!OrgTexts.DEFAULTS.containsKey(key)) {
      throw new UsageException(OrgTexts.unknownKey(raw), OrgTexts.USAGE);
    }
    return key;
  }

  private static void check(String key, String value) {
    boolean link = key.equals("policy_url");
    int max = link ? MAX_LINK : MAX_TEXT;
    if (value.length() > max) {
      throw new UsageException(OrgTexts.tooLong(key, max), OrgTexts.USAGE);
    }
    if (link && !value.matches("https?://\\S+")) {
      throw new UsageException(OrgTexts.notALink(value), OrgTexts.USAGE);
    }
  }
}
