package org.allybot.core;

import java.time.Clock;
import java.util.Map;
import org.allybot.content.Curriculum;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.calendar.CalendarPorts;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.campaign.Enrolment;
import org.allybot.core.community.CommunityPorts;
import org.allybot.core.delivery.Outbox;
import org.allybot.core.delivery.ParkedDeliveries;
import org.allybot.core.desk.DeskPorts;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.lesson.LessonResponses;
import org.allybot.core.member.AdminRoster;
import org.allybot.core.member.DataEraser;
import org.allybot.core.member.MemberStore;
import org.allybot.core.nudge.NudgePorts;
import org.allybot.core.orgdetails.OrgDetails;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.practice.CampaignTally;
import org.allybot.core.practice.PracticeLog;
import org.allybot.core.practice.Progress;
import org.allybot.core.practice.WeeklyLog;
import org.allybot.core.recognition.RecognitionPorts;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.core.survey.SurveyPorts;

/** Everything the core's use cases need, wired once by the server (or a test). */
public record CoreContext(
    CoreConfig config,
    Clock clock,
    Curriculum curriculum,
    MemberStore members,
    CampaignStore campaigns,
    Enrolment enrolment,
    PollAnswers answers,
    LessonResponses lessons,
    PracticeLog practice,
    Progress progress,
    WeeklyLog weeks,
    AuditTrail audit,
    AdminRoster admins,
    DataEraser eraser,
    Outbox outbox,
    ParkedDeliveries parked,
    Map<Platform, ChatPlatform> platforms,
    CommunityPorts community,
    CampaignTally tally,
    SurveyPorts surveys,
    LearningRecords learning,
    OneTimeLinks links,
    DeskPorts desk,
    OrgDetails orgDetails,
    CalendarPorts calendar,
    NudgePorts nudges,
    RecognitionPorts recognition,
    LanguageChoices languages) {
  public CoreContext {
    platforms = Map.copyOf(platforms);
  }

  /** Decides each member's and channel's language. */
  public LanguageOf languageOf() {
    return new LanguageOf(languages, config.defaultLanguage());
  }

  public java.time.LocalDate today() {
    return java.time.LocalDate.now(clock.withZone(config.defaultZone()));
  }
}
