package org.allybot.core.orgdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.language.Messages;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /ally admin set}: the organisation's own words in lessons, and natural ones unset. */
@ExtendWith(EmbeddedRedisExtension.class)
class OrgDetailsTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private static final String REPORT_ROUTE = "Know the report route before you need it";
  private final CoreHarness harness;

  OrgDetailsTest(CoreHarness harness) {
    this.harness = harness;
  }

  /** Reads lessons until the one about the report route comes, as the member sees it. */
  private String reportRouteLesson() {
    for (int i = 0; i < 60; i++) {
      String text = CoreHarness.text(harness.say("alice", "lesson"));
      if (text.contains(REPORT_ROUTE)) {
        return text;
      }
    }
    throw new AssertionError("the report-route lesson never came");
  }

  @Test
  void aSetReportDeskIsWhatMembersRead() {
    assertThat(
            CoreHarness.text(
                harness.say("boss", "admin set report_desk the Ally Desk (#ally-desk)")))
        .contains("Saved. Lessons and scenarios will now say \"the Ally Desk (#ally-desk)\"");

    assertThat(reportRouteLesson())
        .contains("Find out how to reach the Ally Desk (#ally-desk) today")
        .doesNotContain("{org.");
  }

  @Test
  void unsetPlaceholdersReadNaturally() {
    assertThat(reportRouteLesson())
        .contains("Find out how to reach the confidential report desk today")
        .doesNotContain("{org.");
  }

  @Test
  void aPlaceholderThatStartsASentenceIsCapitalisedWhenUnset() {
    assertThat(
            OrgPlaceholders.fill(
                "{org.name} has a community. Ask {org.name}.", Map.of(), Messages.english()))
        .isEqualTo("Your organisation has a community. Ask your organisation.");
    assertThat(
            OrgPlaceholders.fill("{org.name} has one.", Map.of("name", "acme"), Messages.english()))
        .isEqualTo("acme has one.");
  }

  @Test
  void badKeysAndLinksGetAClearLineAndNothingIsSaved() {
    assertThat(CoreHarness.text(harness.say("boss", "admin set ceo Pat")))
        .contains("I don't know the detail `ceo`. Use name, report_desk or policy_url.")
        .contains("Usage: `/ally admin set name|report_desk|policy_url [VALUE]`");
    assertThat(CoreHarness.text(harness.say("boss", "admin set policy_url intranet/policies")))
        .contains("The policy_url must be a link starting with https:// or http://");
    assertThat(CoreHarness.text(harness.say("boss", "admin set name " + "x".repeat(121))))
        .contains("The name can be at most 120 characters.");
    assertThat(harness.bot.context().orgDetails().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void aSlackLinkIsUnwrappedListedAndCanBeCleared() {
    harness.say("boss", "admin set policy_url <https://intranet.example/policies|policies>");

    assertThat(CoreHarness.text(harness.say("boss", "admin set")))
        .contains("policy_url: https://intranet.example/policies")
        .contains("name: not set (reads \"your organisation\")");
    assertThat(CoreHarness.text(harness.say("boss", "admin set policy_url")))
        .contains("Cleared. Lessons and scenarios will say \"your organisation's policy pages\"");
    assertThat(harness.bot.context().orgDetails().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void onlyAdminsCanSetDetails() {
    assertThat(CoreHarness.text(harness.say("alice", "admin set name Acme"))).contains("admin");
    assertThat(harness.bot.context().orgDetails().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void unsetDetailsReadInTheReadersLanguage() {
    assertThat(
            OrgPlaceholders.fill(
                "{org.name} tiene una comunidad. Habla con {org.report_desk}.",
                Map.of(),
                Messages.in(org.allybot.core.language.Language.ES)))
        .isEqualTo(
            "Tu organización tiene una comunidad. Habla con el canal confidencial de denuncias.");
  }

  @Test
  void aSpanishMemberReadsUnsetPlaceholdersInSpanish() {
    harness.say("alice", "language es");
    for (int i = 0; i < 60; i++) {
      String text = CoreHarness.text(harness.say("alice", "lesson"));
      if (text.contains("Averigua hoy")) {
        assertThat(text)
            .contains("Averigua hoy cómo contactar con el canal confidencial de denuncias")
            .doesNotContain("{org.")
            .doesNotContain("report desk");
        return;
      }
    }
    throw new AssertionError("the report-route lesson never came in Spanish");
  }
}
