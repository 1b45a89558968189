package org.allybot.core.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /ally report} opens the form in chat and offers the same form as a private web page. */
@ExtendWith(EmbeddedRedisExtension.class)
class ReportCommandOfferTest {
  private static final Pattern LINK =
      Pattern.compile("http://localhost:3000/desk/report\\?token=([A-Za-z0-9_-]{43})");

  @RegisterExtension static final PerTest<CoreHarness> CORE = CoreHarness.perTest("boss");
  private final CoreHarness core;

  ReportCommandOfferTest(CoreHarness core) {
    this.core = core;
  }

  @Test
  void reportOpensTheFormAndOffersALinkToItAsAWebPageForTheReporterOnly() {
    Reply reply = core.say("rita", "report");

    assertThat(reply.form().formId()).isEqualTo("desk.report");
    Matcher link = LINK.matcher(CoreHarness.text(reply));
    assertThat(link.find()).as(CoreHarness.text(reply)).isTrue();
    assertThat(CoreHarness.text(reply)).contains("works once, for 10 minutes");
    assertThat(core.bot.context().links().peek(LinkPurpose.DESK_REPORT, link.group(1)))
        .contains(new LinkHolder(CoreHarness.user("rita"), false));
  }

  @Test
  void onlyOpeningTheFormOffersALinkNotTheOtherReportCommands() {
    Reply status = core.say("rita", "report status");

    assertThat(CoreHarness.text(status)).doesNotContain("/desk/report");
    assertThat(KeyScan.matching(core.redis, "ally:global:link:desk-report:*")).isEmpty();
  }
}
