package org.allybot.core;

import org.allybot.core.admin.AdminCommands;
import org.allybot.core.admin.WorkspacePurge;
import org.allybot.core.calendar.ProgrammeCalendar;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.CampaignCommands;
import org.allybot.core.campaign.CampaignParticipation;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.command.UsageException;
import org.allybot.core.community.CommunityCommands;
import org.allybot.core.dashboard.DashboardLinks;
import org.allybot.core.desk.DeskCommands;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.home.HomeView;
import org.allybot.core.lesson.LessonService;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberCommands;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.nudge.LanguageMatcher;
import org.allybot.core.nudge.NudgeCommands;
import org.allybot.core.nudge.NudgeLanguage;
import org.allybot.core.nudge.Nudges;
import org.allybot.core.poll.PollService;
import org.allybot.core.practice.NextItem;
import org.allybot.core.recognition.RecognitionCommands;
import org.allybot.core.report.CampaignReports;
import org.allybot.core.report.ReportCommand;
import org.allybot.core.survey.SurveyCommands;
import org.allybot.core.survey.SurveyFlow;
import org.allybot.core.survey.SurveyInbox;
import org.allybot.core.survey.SurveySchedule;

/** The use cases behind the one door, built once and shared by the routers. */
record Services(
    CoreContext core,
    ScheduleSync schedule,
    MemberDirectory directory,
    PollService polls,
    LessonService lessons,
    MemberCommands members,
    CampaignCommands campaigns,
    AdminCommands admin,
    HomeView home,
    CommunityCommands community,
    Measuring measuring,
    DashboardLinks dashboard,
    DeskCommands desk,
    ProgrammeCalendar calendar,
    NudgeFeature nudges,
    RecognitionCommands recognition) {

  /** Inclusive-language nudges: reading channel messages, the buttons, and the commands. */
  record NudgeFeature(Nudges nudges, NudgeCommands commands) {
    static NudgeFeature of(CoreContext core) {
      Nudges nudges =
          new Nudges(
              LanguageMatcher.of(core.curriculum().languageRules()),
              core.nudges(),
              core.platforms(),
              core.clock(),
              core.config().defaultZone(),
              new NudgeLanguage(core.languageOf(), core.curriculum()));
      return new NudgeFeature(
          nudges,
          new NudgeCommands(nudges, core.nudges(), core.audit(), core.clock(), core.languageOf()));
    }
  }

  /** Surveys and reports: asking, resuming, sending the follow-up now, and the campaign report. */
  record Measuring(
      SurveyFlow surveys, SurveyInbox inbox, SurveyCommands commands, ReportCommand reports) {
    static Measuring of(CoreContext core, CampaignAudience audience) {
      SurveyFlow flow =
          new SurveyFlow(
              core.curriculum(),
              core.campaigns(),
              core.surveys(),
              core.learning(),
              core.clock(),
              core.languageOf());
      return new Measuring(
          flow,
          new SurveyInbox(core.campaigns(), core.surveys().answers(), flow),
          new SurveyCommands(
              core.campaigns(),
              schedule(core, audience),
              core.audit(),
              core.clock(),
              core.languageOf()),
          new ReportCommand(
              core.campaigns(), new CampaignReports(core), core.languageOf(), core.curriculum()));
    }

    static SurveySchedule schedule(CoreContext core, CampaignAudience audience) {
      return new SurveySchedule(
          core.campaigns(),
          audience,
          core.surveys().answers(),
          core.outbox(),
          core.clock(),
          core.config().defaultZone());
    }
  }

  static Services of(CoreContext core, ScheduleSync schedule) {
    MemberDirectory directory = new MemberDirectory(core);
    NextItem next = new NextItem(core.curriculum(), core.progress());
    CampaignAudience audience = new CampaignAudience(core);
    return new Services(
        core,
        schedule,
        directory,
        new PollService(core, next),
        new LessonService(core, next),
        new MemberCommands(
            core,
            directory,
            new CampaignParticipation(core.campaigns(), core.enrolment(), schedule)),
        new CampaignCommands(core, audience, schedule),
        new AdminCommands(core, audience, new WorkspacePurge(core, schedule)),
        new HomeView(core),
        new CommunityCommands(core, directory),
        Measuring.of(core, audience),
        new DashboardLinks(directory, core.links(), core.config().publicUrl(), core.languageOf()),
        new DeskCommands(core, directory),
        new ProgrammeCalendar(core, core.calendar()),
        NudgeFeature.of(core),
        new RecognitionCommands(core, directory));
  }

  UserRef requireAdmin(Actor actor) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException(
          core.languageOf().messages(actor.user()).text("error.admin-only"), "/ally help");
    }
    return actor.user();
  }

  Reply home(Actor actor) {
    Member member = directory.touch(actor);
    return Reply.replacing(home.render(member, directory.isAdmin(actor)));
  }
}
