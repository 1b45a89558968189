package org.allybot.server.desk;

import java.util.Map;
import java.util.Optional;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/** The report form as the core gives it to one member, and the core's door for what they send. */
interface ReportForms {
  /** The form {@code /ally report} opens, in the page's language; empty if there is none. */
  Optional<Block.Form> form(Messages say);

  /** Sends the values as {@code reporter}'s submission of {@code form}; the core's answer. */
  Reply send(Actor reporter, Block.Form form, Map<String, String> values);
}
