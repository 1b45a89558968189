package org.allybot.core.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;

/**
 * The desk's private messages to people: content-free nudges to the rota, and messages to a
 * reporter through their sealed link, linked to the report so that a reply to them comes back. A
 * message is given as how to write it in any language, so each person reads it in their own.
 */
final class DeskNotices {
  /** How long a reply to a private message still finds its report. */
  static final Duration LINK_KEPT = Duration.ofDays(90);

  private final DeskStore store;
  private final DeskTags tags;
  private final DeskAccess access;
  private final DeskMail mail;

  DeskNotices(DeskStore store, DeskTags tags, DeskAccess access, DeskMail mail) {
    this.store = store;
    this.tags = tags;
    this.access = access;
    this.mail = mail;
  }

  /** Tells whoever is on duty for this report (or the admins, if no rota member may) about it. */
  void toDesk(WorkspaceId ws, Report report, LocalDate today, Function<Messages, Message> message) {
    List<String> people = access.onDuty(ws, report, today);
    if (people.isEmpty()) {
      people = access.eligibleAdmins(ws, report);
    }
    people.forEach(id -> mail.tell(new UserRef(ws, id), message));
  }

  void toPeople(WorkspaceId ws, List<String> people, Function<Messages, Message> message) {
    people.forEach(id -> mail.tell(new UserRef(ws, id), message));
  }

  /** Sends the reporter a private message; false when it could not reach them. */
  boolean toReporter(WorkspaceId ws, Report report, Function<Messages, Message> message) {
    return tags.reporterOf(ws, report)
        .flatMap(reporter -> mail.tell(reporter, message))
        .map(ref -> {
          store.link(ws, ref.messageId(), report.number(), LINK_KEPT);
          return true;
        })
        .orElse(false);
  }
}
