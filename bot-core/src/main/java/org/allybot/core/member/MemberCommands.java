package org.allybot.core.member;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.practice.PracticeStats;

/** A member's own settings and data: opt in/out, pause, time, stats, forget me. */
public final class MemberCommands {
  public static final String FORGET = "forget";

  private final CoreContext core;
  private final MemberDirectory directory;
  private final Participation participation;

  public MemberCommands(CoreContext core, MemberDirectory directory, Participation participation) {
    this.core = core;
    this.directory = directory;
    this.participation = participation;
  }

  public Reply optOut(UserRef user) {
    core.members().save(directory.byId(user).withOptedIn(false));
    participation.optedOut(user);
    return Reply.text(say(user).text("member.opted-out"));
  }

  public Reply optIn(UserRef user) {
    core.members().save(directory.byId(user).withOptedIn(true).withPausedUntil(null));
    participation.optedIn(user);
    return Reply.text(say(user).text("member.opted-in"));
  }

  /** {@code pause 3d|2w|1m} or {@code pause until YYYY-MM-DD}. */
  public Reply pause(UserRef user, Args args) {
    Messages say = say(user);
    String usage = say.text("member.pause.usage");
    String first = args.word(1).toLowerCase(java.util.Locale.ROOT);
    LocalDate today = core.today();
    LocalDate until;
    if (first.equals("until")) {
      try {
        until = LocalDate.parse(args.word(2));
      } catch (DateTimeParseException e) {
        throw new UsageException(say.text("member.pause.bad-date"), usage);
      }
    } else if (first.matches("\\d{1,3}[dwm]")) {
      int n = Integer.parseInt(first.substring(0, first.length() - 1));
      until =
          switch (first.charAt(first.length() - 1)) {
            case 'd' -> today.plusDays(n);
            case 'w' -> today.plusWeeks(n);
            default -> today.plusMonths(n);
          };
    } else {
      throw new UsageException(say.text("member.pause.how-long"), usage);
    }
    if (!until.isAfter(today) || until.isAfter(today.plusYears(1))) {
      throw new UsageException(say.text("member.pause.range"), usage);
    }
    core.members().save(directory.byId(user).withPausedUntil(until));
    return Reply.text(say.text("member.paused", "until", say.date(until)));
  }

  /** {@code time 09:30}: the member's own delivery time. */
  public Reply time(UserRef user, Args args) {
    Messages say = say(user);
    String usage = say.text("member.time.usage");
    LocalTime time;
    try {
      String raw = args.word(1);
      time = LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
    } catch (DateTimeParseException e) {
      throw new UsageException(say.text("member.time.bad"), usage);
    }
    Member member = directory.byId(user).withDeliveryTime(time);
    core.members().save(member);
    participation.deliveryTimeChanged(user);
    String zone =
        member.timeZone().isBlank() ? core.config().defaultZone().getId() : member.timeZone();
    return Reply.text(say.text("member.time.set", "time", say.time(time), "zone", zone));
  }

  public Reply stats(UserRef user) {
    Messages say = say(user);
    PracticeStats s = core.practice().stats(user, core.today());
    String senses =
        s.senses().isEmpty()
            ? say.text("stats.senses.none")
            : say.list(
                s.senses().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> SenseNames.ofId(say, e.getKey()) + " " + say.number(e.getValue()))
                    .toList());
    return Reply.of(
        Message.of(
            say.text("stats.title"),
            new Block.Header(say.text("stats.title")),
            new Block.Text(
                say.text(
                    "stats.body",
                    "polls",
                    s.pollsAnswered(),
                    "lessons",
                    s.lessonsRead(),
                    "tried",
                    s.commitmentsTried(),
                    "weeks",
                    s.streakWeeks(),
                    "senses",
                    senses)),
            new Block.Text(language(user, say)),
            new Block.Context(say.text("stats.private"))));
  }

  /** Which language the member gets, and why: their choice, their platform, or the default. */
  private String language(UserRef user, Messages say) {
    LanguageChoices choices = core.languages();
    String why =
        choices.chosen(user).isPresent()
            ? "chosen"
            : choices.reported(user).isPresent() ? "reported" : "default";
    return say.text(
        "stats.language",
        "name",
        LanguageCommands.name(say, say.language()),
        "why",
        why,
        "platform",
        user.workspace().platform().name().toLowerCase(java.util.Locale.ROOT));
  }

  private Messages say(UserRef user) {
    return core.languageOf().messages(user);
  }

  public Reply forgetMe(UserRef user) {
    return forgetMe(user, "");
  }

  /** As above, with {@code more}: what else forget-me deletes (another feature's words). */
  public Reply forgetMe(UserRef user, String more) {
    Messages say = say(user);
    return Reply.of(
        new Message(
            say.text("forget.title"),
            List.of(
                new Block.Text(say.text("forget.body") + (more.isEmpty() ? "" : "\n" + more)),
                new Block.Buttons(
                    List.of(
                        new Button(
                            say.text("forget.confirm"), FORGET, "confirm", Button.Style.DANGER),
                        Button.of(say.text("forget.cancel"), FORGET, "cancel"))))));
  }

  public Reply forgetAnswer(UserRef user, String value) {
    if (!"confirm".equals(value)) {
      return Reply.replacing(Message.text(say(user).text("forget.kept")));
    }
    Messages say = say(user); // before forgetting: the choice goes with everything else
    core.eraser().forget(user);
    return Reply.replacing(Message.text(say.text("forget.done")));
  }
}
