package org.allybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.admin.WorkspacePurge;
import org.allybot.core.calendar.ProgrammeCalendar;
import org.allybot.core.campaign.CampaignForm;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.community.CommunityCommands;
import org.allybot.core.desk.DeskCommands;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.home.HomeView;
import org.allybot.core.language.Messages;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.lesson.RecallMessages;
import org.allybot.core.member.MemberCommands;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.nudge.Nudges;
import org.allybot.core.poll.PollMessages;
import org.allybot.core.recognition.RecognitionCommands;
import org.allybot.core.survey.SurveyFlow;
import org.allybot.core.survey.SurveyRound;

/** Routes button presses and form submissions to the use case that made them. */
final class ActionRouter {
  static final String TIME_FORM = "settings.time";

  private final Services s;

  ActionRouter(Services services) {
    this.s = services;
  }

  Reply choice(CoreEvent.ChoiceSelected c) {
    if (c.action().startsWith(DeskCommands.PREFIX)) {
      return s.desk().choice(c.actor(), c.action(), c.value()); // leaves no member record
    }
    s.directory().touch(c.actor());
    UserRef user = c.actor().user();
    String action = c.action();
    if (action.equals(PollMessages.ANSWER)) {
      return s.polls().answer(user, c.value());
    }
    if (action.equals(LessonMessages.CHECK_IN)) {
      return s.lessons().checkIn(user, c.value());
    }
    if (action.startsWith("lesson.")) {
      return s.lessons().respond(user, action, c.value());
    }
    if (action.startsWith(RecallMessages.PREFIX)) {
      return s.lessons().recall(user, action, c.value());
    }
    if (action.equals(MemberCommands.FORGET)) {
      return s.members().forgetAnswer(user, c.value());
    }
    if (action.equals(WorkspacePurge.CONFIRM)) {
      return s.admin().confirmPurge(s.requireAdmin(c.actor()), c.value());
    }
    if (action.equals("campaign.join")) {
      return withBaseline(user, c.value(), s.campaigns().invitations().join(user, c.value()));
    }
    if (action.startsWith(SurveyFlow.PREFIX)) {
      return s.measuring().surveys().choice(user, action, c.value());
    }
    if (action.startsWith(CommunityCommands.PREFIX)) {
      return s.community().choice(c.actor(), action, c.value());
    }
    if (action.startsWith(ProgrammeCalendar.PREFIX)) {
      return s.calendar().choice(user, action, c.value());
    }
    if (action.startsWith(Nudges.PREFIX)) {
      return s.nudges().nudges().choice(user, action, c.value());
    }
    if (action.startsWith(RecognitionCommands.PREFIX)) {
      return s.recognition().choice(c.actor(), action, c.value());
    }
    if (action.startsWith("home.")) {
      return homeAction(c.actor(), action, c.value());
    }
    return Reply.text(say(c.actor()).text("button.gone"));
  }

  Reply form(CoreEvent.FormSubmitted f) {
    if (f.formId().startsWith(DeskCommands.PREFIX)) {
      return s.desk().form(f.actor(), f.formId(), f.values()); // leaves no member record
    }
    s.directory().touch(f.actor());
    if (f.formId().startsWith(CommunityCommands.PREFIX)) {
      return s.community().form(f.actor(), f.formId(), f.values());
    }
    if (f.formId().startsWith(ProgrammeCalendar.PREFIX)) {
      UserRef user = f.actor().user();
      return s.calendar()
          .form(user, s.directory().isAdmin(f.actor()) ? user : null, f.formId(), f.values());
    }
    if (f.formId().startsWith(RecognitionCommands.PREFIX)) {
      return s.recognition().form(f.actor(), f.formId(), f.values());
    }
    if (f.formId().startsWith(SurveyFlow.PREFIX)) {
      return s.measuring().surveys().form(f.actor().user(), f.formId(), f.values());
    }
    return switch (f.formId()) {
      case CampaignForm.ID -> s.campaigns().submitForm(s.requireAdmin(f.actor()), f.values());
      case TIME_FORM -> {
        try {
          s.members()
              .time(f.actor().user(), Args.parse("time " + f.values().getOrDefault("time", "")));
        } catch (UsageException e) {
          yield Reply.formErrors(Map.of("time", e.getMessage()));
        }
        yield s.home(f.actor());
      }
      default -> Reply.text(say(f.actor()).text("home.form.gone"));
    };
  }

  /** Joining puts the campaign's baseline survey to the member, after the welcome. */
  private Reply withBaseline(UserRef user, String campaignId, Reply joined) {
    var campaign = s.core().campaigns().find(user.workspace(), campaignId);
    if (campaign.isEmpty() || !s.core().enrolment().hasJoined(user, campaignId)) {
      return joined;
    }
    return s.measuring()
        .surveys()
        .open(user, campaign.get(), SurveyRound.BASELINE)
        .map(question -> {
          List<Message> messages = new ArrayList<>(joined.messages());
          messages.add(question);
          return new Reply(messages, joined.replaceOriginal(), null);
        })
        .orElse(joined);
  }

  private Reply homeAction(Actor actor, String action, String value) {
    UserRef user = actor.user();
    switch (action) {
      case HomeView.PAUSE_WEEK -> s.members().pause(user, Args.parse("pause 1w"));
      case HomeView.RESUME -> s.members().optIn(user);
      case HomeView.OPT_OUT -> s.members().optOut(user);
      case HomeView.CHANGE_TIME -> {
        return Reply.openForm(timeForm(say(actor)));
      }
      case HomeView.NEW_CAMPAIGN -> {
        UserRef admin = s.requireAdmin(actor);
        return Reply.openForm(CampaignForm.form(s.core().languageOf().messages(admin)));
      }
      case HomeView.CAMPAIGN_ACTION -> {
        String[] parts = value.split("\\|", 2);
        String verb = parts[0];
        if (parts.length == 2 && List.of("pause", "resume", "run").contains(verb)) {
          UserRef admin = s.requireAdmin(actor);
          s.core()
              .campaigns()
              .find(user.workspace(), parts[1])
              .ifPresent(c ->
                  s.campaigns()
                      .handle(
                          admin,
                          Args.parse(
                              "campaign "
                                  + verb
                                  + " \""
                                  + c.name()
                                  + "\""
                                  + (verb.equals("run") ? " now" : ""))));
        }
      }
      default -> {
        return Reply.text(say(actor).text("button.gone"));
      }
    }
    return s.home(actor);
  }

  private Messages say(Actor actor) {
    return s.core().languageOf().messages(actor.user());
  }

  static Block.Form timeForm(Messages say) {
    return new Block.Form(
        TIME_FORM,
        say.text("home.time.title"),
        List.of(
            new Block.Field(
                "time",
                say.text("home.time.field"),
                Block.FieldType.SHORT_TEXT,
                true,
                5,
                List.of(),
                "09:30")),
        say.text("home.time.save"),
        say.language().tag());
  }
}
