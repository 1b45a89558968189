package org.allybot.core.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/** {@code event create|list|show|ics|cancel|edit}: the organiser's side of the calendar. */
final class EventCommands {
  private final CoreContext core;
  private final CalendarStore store;
  private final EventOptions options;
  private final EventAudience audience;
  private final EventPost post;
  private final EventComposer composer;

  EventCommands(CoreContext core, CalendarStore store, EventComposer composer) {
    this.core = core;
    this.store = store;
    this.options = new EventOptions(core);
    this.audience = new EventAudience(core);
    this.post = new EventPost(core.outbox());
    this.composer = composer;
  }

  Reply create(UserRef admin, String name, Map<String, String> given) {
    CalendarEvent e = options.create(admin, name, given);
    if (named(admin.workspace(), e.name(), "")) {
      throw InvalidEvent.of("name", "name-taken", "name", e.name());
    }
    List<UserRef> invited;
    try {
      invited = audience.members(e);
    } catch (DeliveryException ex) {
      throw InvalidEvent.of(
          "audience", "unknown-channel", "token", given.getOrDefault("audience", ""));
    }
    store.save(e);
    post.send(e, EventPost.Step.INVITE, invited.stream().map(UserRef::userId).toList(), "", "");
    core.audit()
        .record(
            admin.workspace(), admin.userId(), "event.create", e.name(), core.clock().instant());
    CalendarTexts t = composer.texts(admin);
    String note = options.zone(admin, given.get("tz")).note().apply(t);
    return Reply.text(
        t.created(e.name(), t.when(e.start().atZone(e.zone())), note, invited.size()));
  }

  Reply list(UserRef user) {
    CalendarTexts t = composer.texts(user);
    Instant now = core.clock().instant();
    List<String> lines = new ArrayList<>();
    for (CalendarEvent e : store.all(user.workspace())) {
      if (e.end().isAfter(now)) {
        lines.add(
            t.listLine(
                e.name(),
                e.kind(),
                t.when(e.start().atZone(composer.zoneOf(user))),
                EventMessages.counts(t, e, store.answers(e.workspace(), e.id())),
                e.cancelled()));
      }
    }
    if (lines.isEmpty()) {
      return Reply.text(t.text("no-events"));
    }
    return Reply.of(
        Message.of(
            t.text("list-header"),
            new Block.Header(t.text("list-header")),
            new Block.Text(String.join("\n", lines))));
  }

  /** The invitation as the member sees it, with their answer; admins also see who answered. */
  Reply show(UserRef user, String name, boolean admin) {
    CalendarTexts t = composer.texts(user);
    CalendarEvent e = find(t, user.workspace(), name);
    Map<String, Rsvp> answers = store.answers(e.workspace(), e.id());
    int place = store.waitlist(e.workspace(), e.id()).indexOf(user.userId()) + 1;
    Message invitation =
        EventMessages.invitation(
            t, e, composer.zoneOf(user), composer.link(e), answers.get(user.userId()), place);
    List<Block> blocks = new ArrayList<>(invitation.blocks());
    blocks.add(new Block.Context(EventMessages.counts(t, e, answers)));
    if (e.cancelled()) {
      blocks.add(1, new Block.Text(t.alreadyCancelled(e.name())));
    }
    if (admin) {
      blocks.add(
          new Block.Text(
              t.whoAnswered(
                  EventMessages.with(answers, Rsvp.GOING),
                  EventMessages.with(answers, Rsvp.MAYBE),
                  store.waitlist(e.workspace(), e.id()))));
    }
    return Reply.of(new Message(invitation.summary(), blocks));
  }

  Reply ics(UserRef user, String name) {
    CalendarEvent e = find(composer.texts(user), user.workspace(), name);
    String file =
        IcsFile.of(e, core.clock().instant(), composer.link(e), core.languageOf().messages(user));
    return Reply.text(CalendarTexts.icsBlock(file));
  }

  Reply cancel(UserRef admin, String name) {
    CalendarTexts t = composer.texts(admin);
    CalendarEvent e = find(t, admin.workspace(), name);
    if (e.cancelled()) {
      return Reply.text(t.alreadyCancelled(e.name()));
    }
    CalendarEvent cancelled = e.cancel();
    store.save(cancelled);
    List<String> answered = List.copyOf(store.answers(e.workspace(), e.id()).keySet());
    post.send(cancelled, EventPost.Step.CANCELLED, answered, "", "");
    core.audit()
        .record(
            admin.workspace(), admin.userId(), "event.cancel", e.name(), core.clock().instant());
    return Reply.text(t.cancelled(e.name(), answered.size()));
  }

  Reply edit(UserRef admin, String name, Map<String, String> given) {
    CalendarTexts t = composer.texts(admin);
    CalendarEvent e = find(t, admin.workspace(), name);
    if (e.cancelled()) {
      return Reply.text(t.alreadyCancelled(e.name()));
    }
    EventEdit.Edited edited = new EventEdit(options).apply(admin, e, given);
    if (edited.changes().isEmpty()) {
      throw InvalidEvent.of("name", "nothing-to-edit");
    }
    CalendarEvent after = edited.event();
    if (!after.name().equals(e.name()) && named(admin.workspace(), after.name(), e.id())) {
      throw InvalidEvent.of("name", "name-held", "name", after.name());
    }
    AudienceChange audiences = new AudienceChange(store, audience, post);
    boolean newAudience = !after.audience().equals(e.audience());
    AudienceChange.Reach reach = newAudience ? audiences.reach(e, after) : null;
    store.save(after);
    AudienceChange.Outcome outcome =
        newAudience ? audiences.apply(after, reach) : new AudienceChange.Outcome(0, 0);
    for (String promoted :
        store.fillFromWaitlist(after.workspace(), after.id(), after.capacity())) {
      post.send(
          after,
          EventPost.Step.PROMOTED,
          new UserRef(after.workspace(), promoted),
          "r" + after.revision());
    }
    List<String> answered = List.copyOf(store.answers(e.workspace(), e.id()).keySet());
    String note = EventChange.encode(edited.changes());
    post.send(after, EventPost.Step.CHANGED, answered, "r" + after.revision(), note);
    core.audit()
        .record(admin.workspace(), admin.userId(), "event.edit", e.name(), core.clock().instant());
    return Reply.text(
        t.edited(e.name(), edited.changes().stream().map(c -> c.in(t)).toList(), answered.size())
            + t.audienceChanged(outcome.invited(), outcome.removed()));
  }

  CalendarEvent find(CalendarTexts t, WorkspaceId ws, String name) {
    if (name.isBlank()) {
      throw new UsageException(t.error("name-missing"), t.text("usage-all"));
    }
    String id = CalendarEvent.idOf(name);
    return store.all(ws).stream()
        .filter(e -> CalendarEvent.idOf(e.name()).equals(id))
        .findFirst()
        .or(() -> store.find(ws, id))
        .orElseThrow(
            () -> new UsageException(t.error("unknown-event", "name", name), t.text("usage-all")));
  }

  /**
   * Whether an event other than {@code except} goes by {@code name}: by its name now or by the name
   * it was created with, which stays its id (and still finds it) after a rename.
   */
  private boolean named(WorkspaceId ws, String name, String except) {
    String id = CalendarEvent.idOf(name);
    return store.all(ws).stream()
        .filter(e -> !e.id().equals(except))
        .anyMatch(e -> e.id().equals(id) || CalendarEvent.idOf(e.name()).equals(id));
  }
}
