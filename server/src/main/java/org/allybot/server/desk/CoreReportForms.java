package org.allybot.server.desk;

import java.util.Map;
import java.util.Optional;
import org.allybot.core.Allybot;
import org.allybot.core.desk.DeskForm;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/** The report form from the running core, and its submissions through the core's one door. */
final class CoreReportForms implements ReportForms {
  private final Allybot bot;

  CoreReportForms(Allybot bot) {
    this.bot = bot;
  }

  @Override
  public Optional<Block.Form> form(Messages say) {
    // The same form as /ally report opens in chat.
    return Optional.of(DeskForm.form(say));
  }

  @Override
  public Reply send(Actor reporter, Block.Form form, Map<String, String> values) {
    return bot.handle(new CoreEvent.FormSubmitted(reporter, form.formId(), values));
  }
}
