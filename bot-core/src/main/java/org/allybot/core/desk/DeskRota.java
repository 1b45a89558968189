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

  Reply rota(WorkspaceId ws, Args args) {
    List<String> words =
        args.words().subList(Math.min(2, args.words().size()), args.words().size());
    boolean weekly = words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals("weekly"));
    List<String> members =
        people(
            words.stream().filter(w -> !w.equalsIgnoreCase("weekly")).toList(),
            DeskTexts.ROTA_USAGE);
    DeskSetup before = setup(ws);
    store.saveSetup(ws, new DeskSetup(members, weekly, today(), before.hr()));
    return Reply.text(DeskTexts.rotaSet(members, weekly));
  }

  Reply hr(WorkspaceId ws, Args args) {
    List<String> words =
        args.words().subList(Math.min(2, args.words().size()), args.words().size());
    List<String> contacts = people(words, DeskTexts.HR_CONTACTS_USAGE);
    DeskSetup before = setup(ws);
    store.saveSetup(
        ws, new DeskSetup(before.rota(), before.weekly(), before.rotaStart(), contacts));
    return Reply.text(DeskTexts.hrSet(contacts));
  }

  Reply show(WorkspaceId ws) {
    return Reply.text(DeskTexts.setup(setup(ws)));
  }

  private List<String> people(List<String> words, String usage) {
    if (words.isEmpty()) {
      throw new UsageException(DeskTexts.namePeople(), usage);
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String word : words) {
      ids.add(
          Mentions.user(word)
              .orElseThrow(() -> new UsageException(DeskTexts.notAMention(word), usage)));
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
