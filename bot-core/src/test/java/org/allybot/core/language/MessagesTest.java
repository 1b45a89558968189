package org.allybot.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Bundles bundles =
      new Bundles(
          Map.of(
              Language.EN,
              Map.of(
                  "votes", "{n, plural, one {# vote} other {# votes}} for {name}",
                  "only.english", "Only in English"),
              Language.ES,
              Map.of("votes", "{n, plural, one {# voto} other {# votos}} para {name}")));

  @Test
  void pluralsAndNamedArgumentsFollowTheLanguage() {
    assertThat(new Messages(Language.EN, bundles).text("votes", "n", 1, "name", "Ana"))
        .isEqualTo("1 vote for Ana");
    assertThat(new Messages(Language.ES, bundles).text("votes", "n", 2, "name", "Ana"))
        .isEqualTo("2 votos para Ana");
  }

  @Test
  void aParsedPatternFormatsEachCallsOwnArgumentsOnManyThreadsAtOnce() throws Exception {
    Messages es = new Messages(Language.ES, bundles);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        calls.add(() -> {
          for (int n = 1; n <= 2_000; n++) {
            String expected = (n == 1 ? "1 voto" : n + " votos") + " para P" + n;
            if (!es.text("votes", "n", n, "name", "P" + n).replace(".", "").equals(expected)) {
              return false;
            }
          }
          return true;
        });
      }
      for (Future<Boolean> allRight : pool.invokeAll(calls)) {
        assertThat(allRight.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aKeyMissingInALanguageFallsBackToEnglish() {
    assertThat(new Messages(Language.ES, bundles).text("only.english"))
        .isEqualTo("Only in English");
  }

  @Test
  void aKeyNoBundleHasIsAProgrammingError() {
    assertThatThrownBy(() -> new Messages(Language.ES, bundles).text("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePseudoLocaleAccentsEnglishAndMakesItLonger() {
    String english = new Messages(Language.EN, bundles).text("votes", "n", 2, "name", "Ana");
    String pseudo = new Messages(Language.EN_XA, bundles).text("votes", "n", 2, "name", "Ana");
    assertThat(pseudo).startsWith("2 ʋóţéš ƒóŕ Áñá");
    assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (english.length() * 1.4));
  }

  @Test
  void thePseudoLocaleKeepsCommandsMentionsAndLinks() {
    assertThat(PseudoLocale.of("Type `/ally poll` in <#C123> or see https://x.org/a now"))
        .startsWith("Ţýƥé `/ally poll` íñ <#C123> óŕ šéé https://x.org/a ñóŵ");
  }

  @Test
  void datesNumbersAndListsFollowTheLocale() {
    Messages es = Messages.in(Language.ES);
    Messages en = Messages.in(Language.EN);
    LocalDate day = LocalDate.of(2026, 12, 7);
    assertThat(en.date(day)).isEqualTo("December 7, 2026");
    assertThat(es.date(day)).isEqualTo("7 de diciembre de 2026");
    assertThat(es.time(LocalTime.of(9, 30))).isEqualTo("9:30");
    assertThat(en.number(12345)).isEqualTo("12,345");
    assertThat(es.number(12345)).isEqualTo("12.345");
    assertThat(en.list(List.of("act", "listen", "speak"))).isEqualTo("act, listen, and speak");
    assertThat(es.list(List.of("actuar", "escuchar", "hablar")))
        .isEqualTo("actuar, escuchar y hablar");
  }

  @Test
  void platformLocalesMapToALanguageAllybotSpeaks() {
    assertThat(Language.ofPlatformLocale("es-MX")).contains(Language.ES);
    assertThat(Language.ofPlatformLocale("es_ES")).contains(Language.ES);
    assertThat(Language.ofPlatformLocale("en-GB")).contains(Language.EN);
    assertThat(Language.ofPlatformLocale("fr-FR")).isEmpty();
    assertThat(Language.ofPlatformLocale("")).isEmpty();
    assertThat(Language.ofTag("en-xa")).contains(Language.EN_XA);
  }
}
