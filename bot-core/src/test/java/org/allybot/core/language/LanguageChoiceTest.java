package org.allybot.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class LanguageChoiceTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  LanguageChoiceTest(CoreHarness harness) {
    this.harness = harness;
  }

  private String say(String who, String text) {
    return CoreHarness.text(harness.say(who, text));
  }

  private String sayWithLocale(String who, String locale, String text) {
    Actor actor = Actor.of(CoreHarness.user(who), who).withLocale(locale);
    Reply reply = harness.bot.handle(new CoreEvent.CommandInvoked(actor, text, ""));
    return CoreHarness.text(CoreHarness.checked(reply));
  }

  @Test
  void aMemberWhoChoosesSpanishGetsRepliesAndStatsInSpanish() {
    assertThat(say("ana", "language es")).contains("A partir de ahora te escribo en español.");

    String stats = say("ana", "stats");

    assertThat(stats)
        .contains("== Tu práctica ==")
        .contains("Encuestas respondidas: 0")
        .contains("Racha: 0 semanas")
        .contains("Idioma: español (lo elegiste tú; `/ally language auto` sigue a")
        .contains("Solo tú ves esto.");
    assertThat(say("ana", "language en")).contains("From now on I write to you in English.");
    assertThat(say("ana", "stats")).contains("Language: English (your choice;");
  }

  @Test
  void languageAloneSaysWhichLanguageIsInUseAndHowToChangeIt() {
    assertThat(say("ana", "language"))
        .endsWith("I write to you in English. `/ally language es|en|auto` changes it.");
    say("ana", "language es");
    assertThat(say("ana", "language"))
        .isEqualTo("Te escribo en español. `/ally language es|en|auto` lo cambia.");
  }

  @Test
  void autoFollowsTheLocaleThePlatformReports() {
    say("luis", "stats"); // known before the platform says anything

    String stats = sayWithLocale("luis", "es-MX", "stats");

    assertThat(stats).contains("Idioma: español (según tu aplicación de chat;");
    assertThat(sayWithLocale("luis", "es-MX", "language auto"))
        .contains("A partir de ahora sigo el idioma de tu aplicación de chat (ahora: español).");
    assertThat(sayWithLocale("luis", "es-MX", "language en")).contains("in English");
    assertThat(sayWithLocale("luis", "es-MX", "stats")).contains("Language: English (your choice");
  }

  @Test
  void errorsComeInTheMembersLanguageWithTheEnglishCommandWords() {
    say("ana", "language es");

    assertThat(say("ana", "dance")).isEqualTo("No conozco `dance`.\nUso: `/ally help`");
    assertThat(say("ana", "language klingon"))
        .contains("Todavía no hablo `klingon`. Elige uno de estos: en, es, auto.")
        .contains("Uso: `/ally language es|en|auto`");
    assertThat(say("ana", "pause forever")).startsWith("¿Cuánto tiempo quieres pausar?");
    assertThat(say("ana", "channel language #allies es"))
        .startsWith("Solo quienes administran Allybot pueden hacer eso.");
  }

  @Test
  void anAdminSetsAChannelsLanguageAndAutoReturnsItToTheDefault() {
    assertThat(say("boss", "channel language #allies es"))
        .endsWith("Posts in <#allies> are now in Spanish.");
    LanguageOf languages = harness.bot.context().languageOf();
    assertThat(languages.channel(CoreHarness.WORKSPACE, "allies")).isEqualTo(Language.ES);
    assertThat(languages.channel(CoreHarness.WORKSPACE, "general")).isEqualTo(Language.EN);

    assertThat(say("boss", "channel language #allies auto"))
        .isEqualTo("Posts in <#allies> now follow the workspace default (English).");
    assertThat(languages.channel(CoreHarness.WORKSPACE, "allies")).isEqualTo(Language.EN);
    assertThat(say("boss", "channel language allies es")).startsWith("Which channel?");
  }

  @Test
  void forgetMeForgetsTheLanguageToo() {
    say("ana", "language es");
    harness.press("ana", "forget", "confirm");

    assertThat(harness.bot.context().languages().chosen(CoreHarness.user("ana"))).isEmpty();
  }
}
