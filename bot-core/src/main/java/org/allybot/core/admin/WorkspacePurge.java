package org.allybot.core.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ally admin purge}: deletes everything Allybot holds for the workspace (campaigns,
 * members, answers, the platform's conversation references), once an admin confirms, by pressing
 * the button within ten minutes or by typing the workspace id. Teams has no "app uninstalled from
 * the tenant" event, so this is how a Teams tenant's data is deleted.
 */
public final class WorkspacePurge {
  /** The action of the confirmation button; its value is the second the offer expires. */
  public static final String CONFIRM = "admin.purge";

  static final Duration VALID_FOR = Duration.ofMinutes(10);
  private static final Logger LOG = LoggerFactory.getLogger(WorkspacePurge.class);

  private final CoreContext core;
  private final ScheduleSync schedule;

  public WorkspacePurge(CoreContext core, ScheduleSync schedule) {
    this.core = core;
    this.schedule = schedule;
  }

  /** {@code admin purge} asks for a confirmation; {@code admin purge <workspace id>} is one. */
  public Reply ask(Messages say, UserRef admin, Args args) {
    String typed = args.word(2);
    if (typed.equals(admin.workspace().id())) {
      return purge(say, admin);
    }
    if (!typed.isEmpty()) {
      throw new UsageException(say.text("admin.purge.wrong-id"), say.text("admin.purge.usage"));
    }
    long expires = core.clock().instant().plus(VALID_FOR).getEpochSecond();
    return Reply.of(
        Message.of(
            say.text("admin.purge.title"),
            new Block.Header(say.text("admin.purge.title")),
            new Block.Text(say.text("admin.purge.body")),
            new Block.Buttons(
                List.of(
                    new Button(
                        say.text("admin.purge.button"),
                        CONFIRM,
                        Long.toString(expires),
                        Button.Style.DANGER))),
            new Block.Context(
                say.text(
                    "admin.purge.how",
                    "minutes",
                    VALID_FOR.toMinutes(),
                    "workspace",
                    admin.workspace().id()))));
  }

  /** The confirmation button was pressed. */
  public Reply confirm(Messages say, UserRef admin, String value) {
    long expires;
    try {
      expires = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Reply.text(say.text("admin.purge.inactive"));
    }
    if (core.clock().instant().isAfter(Instant.ofEpochSecond(expires))) {
      return Reply.replacing(Message.text(say.text("admin.purge.expired")));
    }
    return purge(say, admin);
  }

  /** The reply is worded before the purge, in the admin's language, which the purge deletes. */
  private Reply purge(Messages say, UserRef admin) {
    String done = say.text("admin.purge.done");
    for (Campaign c : core.campaigns().all(admin.workspace())) {
      schedule.removed(admin.workspace(), c.id());
    }
    core.eraser().deleteWorkspace(admin.workspace());
    LOG.warn("Workspace {} purged by an admin", admin.workspace().key());
    return Reply.replacing(Message.text(done));
  }
}
