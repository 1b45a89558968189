package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.community.CommunitySampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/**
 * The community's posts and forms, each at its longest, in Spanish and in the pseudo-locale (every
 * letter accented, 40% longer): Slack's limits hold (sections 3,000, headers 150, buttons 75, modal
 * titles and submits 24).
 */
class CommunityRenderTest {
  @Test
  void theCommunitysPostsRenderInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : CommunitySampleMessages.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }

    assertThat(all.toString())
        .contains("Persona aliada 12")
        .contains("Quien pregunta")
        .contains("Sentidos:")
        .doesNotContain("Ally 12")
        .doesNotContain("Asker");
  }

  @Test
  void everyPseudoLocaleCommunityPostAndFormKeepsToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : CommunitySampleMessages.all(Language.EN_XA)) {
      problems.addAll(BlockKitLimits.problems(m));
    }
    for (Block.Form form : CommunitySampleMessages.forms(Language.EN_XA)) {
      problems.addAll(BlockKitLimits.problems(form));
      JsonNode view = json(Views.modal(form, ""));
      if (view.at("/close/text").asText().contains("Cancel")) {
        problems.add("close button not in the form's language: " + form.formId());
      }
    }
    assertThat(problems).isEmpty();
  }
}
