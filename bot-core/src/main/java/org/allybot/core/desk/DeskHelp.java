package org.allybot.core.desk;

import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/** What the rest of the bot says about the desk: its part of the help, and forget-me's warning. */
public final class DeskHelp {
  private DeskHelp() {}

  /** The desk's section of {@code /ally help}, with the admins' lines for admins. */
  public static Block.Text help(Messages say, boolean admin) {
    String lines = say.text("desk.help.member") + (admin ? "\n" + say.text("desk.help.admin") : "");
    return new Block.Text(say.text("desk.help.title") + "\n" + lines);
  }

  /** What forget-me will do to the member's reports, when they have any. */
  public static String forgetWarning(Messages say, int reports) {
    return say.text("desk.forget-warning", "reports", reports);
  }
}
