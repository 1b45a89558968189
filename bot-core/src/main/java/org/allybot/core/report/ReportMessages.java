package org.allybot.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.RecognitionTexts;

/** Renders a {@link CampaignReport} as one chat message, section by section, in one language. */
public final class ReportMessages {
  /** Lines per text block, so that no block passes a platform's limit on one text. */
  static final int LINES_PER_BLOCK = 12;

  private ReportMessages() {}

  public static Message render(CampaignReport r, Messages say) {
    ReportLines lines = new ReportLines(say);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(lines.title(r.header().name())));
    blocks.add(new Block.Context(lines.dates(r.header())));
    blocks.add(new Block.Text(lines.participation(r.participation())));
    blocks.add(new Block.Divider());
    List<String> polls = new ArrayList<>();
    polls.add(lines.text("report.polls"));
    r.scenarios().forEach(s -> polls.add(lines.scenario(s)));
    if (r.scenarios().isEmpty()) {
      polls.add(lines.text("report.polls.none"));
    }
    Map<String, String> senses = new LinkedHashMap<>();
    r.senses().forEach(s -> senses.put(SenseNames.of(say, s.sense()), lines.count(s.practice())));
    polls.add(lines.senses(senses));
    addLines(blocks, polls);
    blocks.add(new Block.Divider());
    blocks.add(new Block.Text(lines.community(r.community())));
    blocks.add(new Block.Divider());
    Map<String, String> thanks = new LinkedHashMap<>();
    r.thanks().forEach(t -> thanks.put(SenseNames.of(say, t.sense()), lines.count(t.thanks())));
    blocks.add(new Block.Text(RecognitionTexts.reportSection(say, thanks)));
    blocks.add(new Block.Divider());
    addLines(blocks, surveys(r.surveys(), lines));
    blocks.add(new Block.Context(lines.text("report.note")));
    return new Message(lines.title(r.header().name()), blocks);
  }

  private static List<String> surveys(SurveyResults s, ReportLines say) {
    List<String> lines = new ArrayList<>();
    lines.add(say.text("report.surveys"));
    if (s.rounds().isEmpty()) {
      lines.add(say.text("report.surveys.none"));
      return lines;
    }
    s.rounds().forEach(r -> lines.add(say.round(r)));
    lines.add(say.kpi(s.allyKpi()));
    if (!s.likert().isEmpty()) {
      lines.add(say.text("report.likert.title"));
      s.likert().forEach(l -> lines.add(say.likert(l)));
    }
    if (!s.choices().isEmpty()) {
      lines.add(say.text("report.choices"));
      s.choices().forEach(c -> lines.add(say.choice(c)));
    }
    if (!s.texts().isEmpty()) {
      lines.add(say.text("report.texts"));
      s.texts().forEach(t -> lines.add(say.text(t)));
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
