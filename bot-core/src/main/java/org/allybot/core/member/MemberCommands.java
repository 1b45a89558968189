package org.allybot.core.member;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
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
    return Reply.text(
        "You're opted out: no more lessons or polls. `/ally optin` brings them back any time.");
  }

  public Reply optIn(UserRef user) {
    core.members().save(directory.byId(user).withOptedIn(true).withPausedUntil(null));
    participation.optedIn(user);
    return Reply.text("Welcome back! Lessons and polls will arrive again.");
  }

  /** {@code pause 3d|2w|1m} or {@code pause until YYYY-MM-DD}. */
  public Reply pause(UserRef user, Args args) {
    String usage = "/ally pause 3d|2w|1m, or /ally pause until YYYY-MM-DD";
    String first = args.word(1).toLowerCase(java.util.Locale.ROOT);
    LocalDate today = core.today();
    LocalDate until;
    if (first.equals("until")) {
      try {
        until = LocalDate.parse(args.word(2));
      } catch (DateTimeParseException e) {
        throw new UsageException("I need a date like 2026-12-31.", usage);
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
      throw new UsageException("How long a pause?", usage);
    }
    if (!until.isAfter(today) || until.isAfter(today.plusYears(1))) {
      throw new UsageException("A pause ends after today and within a year.", usage);
    }
    core.members().save(directory.byId(user).withPausedUntil(until));
    return Reply.text("Paused. Nothing arrives until " + until + ". `/ally optin` resumes sooner.");
  }

  /** {@code time 09:30}: the member's own delivery time. */
  public Reply time(UserRef user, Args args) {
    String usage = "/ally time HH:MM (24-hour, your local time)";
    LocalTime time;
    try {
      String raw = args.word(1);
      time = LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
    } catch (DateTimeParseException e) {
      throw new UsageException("I need a 24-hour time like 09:30.", usage);
    }
    Member member = directory.byId(user).withDeliveryTime(time);
    core.members().save(member);
    participation.deliveryTimeChanged(user);
    String zone =
        member.timeZone().isBlank() ? core.config().defaultZone().getId() : member.timeZone();
    return Reply.text("From now on, lessons and polls arrive at " + time + " (" + zone + ").");
  }

  public Reply stats(UserRef user) {
    PracticeStats s = core.practice().stats(user, core.today());
    String senses =
        s.senses().isEmpty()
            ? "none yet"
            : s.senses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    return Reply.of(
        Message.of(
            "Your practice",
            new Block.Header("Your practice"),
            new Block.Text(
                "Polls answered: "
                    + s.pollsAnswered()
                    + "\nLessons read: "
                    + s.lessonsRead()
                    + "\nCommitments tried: "
                    + s.commitmentsTried()
                    + "\nStreak: "
                    + s.streakWeeks()
                    + " week(s)\nSenses practised: "
                    + senses),
            new Block.Context("Only you see this.")));
  }

  public Reply forgetMe() {
    return forgetMe("");
  }

  /** As above, with {@code more}: what else forget-me deletes (another feature's words). */
  public Reply forgetMe(String more) {
    return Reply.of(
        new Message(
            "Delete all your Allybot data?",
            List.of(
                new Block.Text(
                    "This deletes everything Allybot keeps about you: answers, practice, settings. It can't be undone. Are you sure?"
                        + (more.isEmpty() ? "" : "\n" + more)),
                new Block.Buttons(
                    List.of(
                        new Button("Yes, delete my data", FORGET, "confirm", Button.Style.DANGER),
                        Button.of("Cancel", FORGET, "cancel"))))));
  }

  public Reply forgetAnswer(UserRef user, String value) {
    if (!"confirm".equals(value)) {
      return Reply.replacing(Message.text("Nothing was deleted."));
    }
    core.eraser().forget(user);
    return Reply.replacing(
        Message.text(
            "Done. Everything Allybot kept about you is deleted. If you write again, you start fresh."));
  }
}
