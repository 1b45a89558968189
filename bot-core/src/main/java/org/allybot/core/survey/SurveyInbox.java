package org.allybot.core.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Localized;
import org.allybot.content.Survey;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;

/**
 * {@code /ally survey}: the rounds put to a member that they have not finished, found by their
 * pseudonym in each of the workspace's campaigns, and the question they are at in the first one.
 */
public final class SurveyInbox {
  private final CampaignStore campaigns;
  private final SurveyAnswers answers;
  private final SurveyFlow flow;

  public SurveyInbox(CampaignStore campaigns, SurveyAnswers answers, SurveyFlow flow) {
    this.campaigns = campaigns;
    this.answers = answers;
    this.flow = flow;
  }

  public Reply pending(UserRef user) {
    Messages say = flow.say(user);
    List<String> lines = new ArrayList<>();
    Message first = null;
    for (Campaign c : campaigns.all(user.workspace())) {
      for (SurveyRound round : SurveyRound.values()) {
        Optional<Localized<Survey>> survey = flow.survey(user, round);
        SurveyKey key = flow.key(user, c.id(), round);
        if (survey.isEmpty() || !answers.isOpen(key)) {
          continue;
        }
        int answered = answers.progress(key).size();
        int total = survey.get().item().questions().size();
        if (answered >= total) {
          continue;
        }
        lines.add(
            say.text(
                "survey.pending.line",
                "title",
                survey.get().item().title(),
                "campaign",
                c.name(),
                "answered",
                answered,
                "total",
                total));
        if (first == null) {
          first = flow.next(user, survey.get(), c, key, "").orElse(null);
        }
      }
    }
    if (lines.isEmpty()) {
      return Reply.text(say.text("survey.nothing-pending"));
    }
    Message list =
        Message.text(
            say.text("survey.pending.header", "count", lines.size())
                + "\n"
                + String.join("\n", lines));
    return first == null ? Reply.of(list) : Reply.of(list, first);
  }
}
