package org.allybot.core.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Args;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

/**
 * The admins' desk settings: {@code desk rota @a @b [weekly]} and {@code desk hr @x}. A member left
 * off a new rota loses access at once, because access is asked of the rota every time.
 */
final class DeskRota {
  private final DeskStore store;
  private final Clock clock;

  DeskRota(DeskStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Reply rota(WorkspaceId ws, Args args, Messages say) {
    List<String> words =
        args.words().subList(Math.min(2, args.words().size()), args.words().size());
    boolean weekly = words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals("weekly"));
    List<String> members =
        people(
            words.stream().filter(w -> !w.equalsIgnoreCase("weekly")).toList(),
            say.text("desk.usage.rota"),
            say);
    DeskSetup before = setup(ws);
    store.saveSetup(ws, new DeskSetup(members, weekly, today(), before.hr()));
    return Reply.text(
        say.text("desk.rota.set", "people", mentions(say, members), "weekly", weekly));
  }

  Reply hr(WorkspaceId ws, Args args, Messages say) {
    List<String> words =
        args.words().subList(Math.min(2, args.words().size()), args.words().size());
    List<String> contacts = people(words, say.text("desk.usage.hr-contacts"), say);
    DeskSetup before = setup(ws);
    store.saveSetup(
        ws, new DeskSetup(before.rota(), before.weekly(), before.rotaStart(), contacts));
    return Reply.text(say.text("desk.hr-contacts.set", "people", mentions(say, contacts)));
  }

  Reply show(WorkspaceId ws, Messages say) {
    DeskSetup s = setup(ws);
    return Reply.text(
        say.text(
            "desk.setup",
            "rota",
            s.rota().isEmpty() ? say.text("desk.setup.nobody") : mentions(say, s.rota()),
            "weekly",
            s.weekly(),
            "hr",
            s.hr().isEmpty() ? say.text("desk.setup.none") : mentions(say, s.hr())));
  }

  private static String mentions(Messages say, List<String> ids) {
    return say.list(ids.stream().map(id -> "<@" + id + ">").toList());
  }

  private List<String> people(List<String> words, String usage, Messages say) {
    if (words.isEmpty()) {
      throw new UsageException(say.text("desk.name-people"), usage);
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String word : words) {
      ids.add(
          Mentions.user(word)
              .orElseThrow(() ->
                  new UsageException(
                      say.text("desk.not-a-mention", "word", DeskCommands.cut(word)), usage)));
    }
    return new ArrayList<>(ids);
  }

  private DeskSetup setup(WorkspaceId ws) {
    return store.setup(ws).orElse(DeskSetup.empty(today()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
