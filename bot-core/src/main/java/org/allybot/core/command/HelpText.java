package org.allybot.core.command;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * The {@code /ally help} message in the member's language; admins also see the admin commands. The
 * command words stay English everywhere.
 */
public final class HelpText {
  private HelpText() {}

  public static Message help(boolean admin) {
    return help(Messages.english(), admin, List.of());
  }

  /** The help with {@code sections} of other features before the admin commands. */
  public static Message help(Messages say, boolean admin, List<Block> sections) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(say.text("help.title")));
    blocks.add(new Block.Text(say.text("help.member")));
    blocks.addAll(sections);
    if (admin) {
      blocks.add(new Block.Divider());
      blocks.add(new Block.Text(say.text("help.admin")));
    }
    blocks.add(new Block.Context(say.text("help.footer")));
    return new Message(say.text("help.summary"), blocks);
  }
}
