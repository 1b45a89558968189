package org.allybot.core.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.PlainTextRenderer;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.core.store.KeyScan;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisLinkStore;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(EmbeddedRedisExtension.class)
final class ReportPageLinkTest {
  private static final Pattern LINK =
      Pattern.compile("https://ally\\.example\\.org/desk/report\\?token=([A-Za-z0-9_-]{43})\\s");
  private static final Actor REPORTER =
      new Actor(new UserRef(new WorkspaceId(Platform.SLACK, "T1"), "U7"), "Robin", false, "");

  private static final Messages ENGLISH = Messages.english();

  private UnifiedJedis redis;
  private OneTimeLinks links;
  private ReportPageLink pageLink;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    links = new OneTimeLinks(new RedisLinkStore(redis));
    pageLink = new ReportPageLink(links, "https://ally.example.org/");
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  @Test
  void theOfferCarriesALinkThatOpensTheReportPageForTheReporterForTenMinutes() {
    String shown = PlainTextRenderer.render(pageLink.offer(REPORTER, ENGLISH), 1) + "\n";

    Matcher link = LINK.matcher(shown);
    assertThat(link.find()).as(shown).isTrue();
    assertThat(shown).contains("works once, for 10 minutes", "only for you", "/ally report");
    assertThat(links.peek(LinkPurpose.DESK_REPORT, link.group(1)))
        .contains(new LinkHolder(REPORTER.user(), false));
    assertThat(links.peek(LinkPurpose.DASHBOARD, link.group(1))).isEmpty();
    String key = "ally:global:link:desk-report:" + OneTimeLinks.hash(link.group(1));
    assertThat(redis.ttl(key)).isBetween(540L, 600L);
    assertThat(redis.get(key)).doesNotContain("Robin");
  }

  @Test
  void theOfferFollowsTheFormAndItsMessagesWithoutChangingThem() {
    Block.Form form = new Block.Form("desk.report", "Report", List.of(), "Send");
    Reply opened = new Reply(List.of(), false, form);

    Reply offered = pageLink.withOffer(REPORTER, ENGLISH, opened);

    assertThat(offered.form()).isEqualTo(form);
    assertThat(offered.messages()).hasSize(1);
    assertThat(offered.messages().getFirst().summary()).isEqualTo("The report form as a web page");
  }

  @Test
  void everyOfferIsANewLink() {
    String one = PlainTextRenderer.render(pageLink.offer(REPORTER, ENGLISH), 1);
    String two = PlainTextRenderer.render(pageLink.offer(REPORTER, ENGLISH), 1);

    assertThat(one).isNotEqualTo(two);
    assertThat(KeyScan.matching(redis, "ally:global:link:desk-report:*")).hasSize(2);
  }

  @Test
  void aSpanishReporterIsOfferedTheLinkInSpanish() {
    String shown =
        PlainTextRenderer.render(pageLink.offer(REPORTER, Messages.in(Language.ES)), 1) + "\n";

    assertThat(LINK.matcher(shown).find()).as(shown).isTrue();
    assertThat(shown)
        .contains("¿Prefieres usar el navegador o el teléfono?")
        .contains("funciona una sola vez, durante 10 minutos")
        .contains("`/ally report`")
        .doesNotContain("only for you");
  }
}
