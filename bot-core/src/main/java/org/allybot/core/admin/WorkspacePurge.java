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
  public Reply ask(UserRef admin, Args args) {
    String typed = args.word(2);
    if (typed.equals(admin.workspace().id())) {
      return purge(admin);
    }
    if (!typed.isEmpty()) {
      throw new UsageException(
          "That is not this workspace's id, so nothing was deleted.", "/ally admin purge");
    }
    long expires = core.clock().instant().plus(VALID_FOR).getEpochSecond();
    return Reply.of(
        Message.of(
            "Delete everything Allybot holds here?",
            new Block.Header("Delete everything Allybot holds here?"),
            new Block.Text(
                "This deletes every campaign, member, answer, practice record and community post"
                    + " Allybot keeps for this workspace. It cannot be undone."),
            new Block.Buttons(
                List.of(
                    new Button(
                        "Delete everything",
                        CONFIRM,
                        Long.toString(expires),
                        Button.Style.DANGER))),
            new Block.Context(
                "The button works for 10 minutes. Or type `/ally admin purge "
                    + admin.workspace().id()
                    + "` to confirm.")));
  }

  /** The confirmation button was pressed. */
  public Reply confirm(UserRef admin, String value) {
    long expires;
    try {
      expires = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Reply.text("That button is no longer active.");
    }
    if (core.clock().instant().isAfter(Instant.ofEpochSecond(expires))) {
      return Reply.replacing(
          Message.text(
              "That confirmation expired; nothing was deleted. Run `/ally admin purge` again."));
    }
    return purge(admin);
  }

  private Reply purge(UserRef admin) {
    for (Campaign c : core.campaigns().all(admin.workspace())) {
      schedule.removed(admin.workspace(), c.id());
    }
    core.eraser().deleteWorkspace(admin.workspace());
    LOG.warn("Workspace {} purged by an admin", admin.workspace().key());
    return Reply.replacing(
        Message.text(
            "Everything Allybot held for this workspace is deleted. Anyone who writes to me again"
                + " starts afresh."));
  }
}
