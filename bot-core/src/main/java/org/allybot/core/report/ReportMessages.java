package org.allybot.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.RecognitionTexts;

/** Renders a {@link CampaignReport} as one chat message, section by section. */
public final class ReportMessages {
  /** Lines per text block, so that no block passes a platform's limit on one text. */
  static final int LINES_PER_BLOCK = 12;

  private ReportMessages() {}

  public static Message render(CampaignReport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(ReportTexts.title(r.header().name())));
    blocks.add(new Block.Context(ReportTexts.dates(r.header())));
    blocks.add(new Block.Text(ReportTexts.participation(r.participation())));
    blocks.add(new Block.Divider());
    List<String> polls = new ArrayList<>();
    polls.add("*Polls* (share of answers at each verdict)");
    r.scenarios().forEach(s -> polls.add(ReportTexts.scenario(s)));
    if (r.scenarios().isEmpty()) {
      polls.add("No poll answers yet.");
    }
    Map<String, String> senses = new LinkedHashMap<>();
    r.senses().forEach(s -> senses.put(s.sense().title(), s.practice().text()));
    polls.add(ReportTexts.senses(senses));
    addLines(blocks, polls);
    blocks.add(new Block.Divider());
    blocks.add(new Block.Text(ReportTexts.community(r.community())));
    blocks.add(new Block.Divider());
    Map<String, String> thanks = new LinkedHashMap<>();
    r.thanks().forEach(t -> thanks.put(t.sense().title(), t.thanks().text()));
    blocks.add(
        new Block.Text(
            RecognitionTexts.reportSection(org.allybot.core.language.Messages.english(), thanks)));
    blocks.add(new Block.Divider());
    addLines(blocks, surveys(r.surveys()));
    blocks.add(new Block.Context(ReportTexts.NOTE));
    return new Message(ReportTexts.title(r.header().name()), blocks);
  }

  private static List<String> surveys(SurveyResults s) {
    List<String> lines = new ArrayList<>();
    lines.add("*Surveys*");
    if (s.rounds().isEmpty()) {
      lines.add("This campaign sends no surveys.");
      return lines;
    }
    s.rounds().forEach(r -> lines.add(ReportTexts.round(r)));
    lines.add(ReportTexts.kpi(s.allyKpi()));
    if (!s.likert().isEmpty()) {
      lines.add("*Statements, 1 (strongly disagree) to 5 (strongly agree)*");
      s.likert().forEach(l -> lines.add(ReportTexts.likert(l)));
    }
    if (!s.choices().isEmpty()) {
      lines.add("*Choices*");
      s.choices().forEach(c -> lines.add(ReportTexts.choice(c)));
    }
    if (!s.texts().isEmpty()) {
      lines.add("*Written answers* (counted only)");
      s.texts().forEach(t -> lines.add(ReportTexts.text(t)));
    }
    return lines;
  }

  private static void addLines(List<Block> blocks, List<String> lines) {
    for (int i = 0; i < lines.size(); i += LINES_PER_BLOCK) {
      blocks.add(
          new Block.Text(
              String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_PER_BLOCK)))));
    }
  }
}
