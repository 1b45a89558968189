package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.content.ContentLoader;
import org.junit.jupiter.api.Test;

/** What the matcher notices in a message and, above all, what it leaves alone. */
class LanguageMatcherTest {
  private static final LanguageMatcher MATCHER =
      LanguageMatcher.of(ContentLoader.builtIn().curriculum().languageRules());

  private static List<String> ids(String text) {
    return MATCHER.match(text).stream().map(m -> m.rule().id()).toList();
  }

  @Test
  void findsSingleAndMultiWordTermsInOrderWhateverTheirCase() {
    assertThat(ids("Hey GUYS, that was a sanity-CHECK on 40 man hours of work"))
        .containsExactly("guys", "sanity-check", "man-hours");
  }

  @Test
  void prefersTheLongestTermAtAPlace() {
    assertThat(MATCHER.match("I was low man on the totem pole"))
        .singleElement()
        .satisfies(m -> assertThat(m.term()).isEqualTo("low man on the totem pole"));
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(ids("Blackwell and Whitehead met at the manhattan office; she mastered it"))
        .isEmpty();
  }

  @Test
  void skipsFencedAndInlineCode() {
    assertThat(ids("```\nif (crazy) { guys(); }\n```\nrun `blacklist --all` now")).isEmpty();
  }

  @Test
  void skipsQuoteLinesAndTextInQuotationMarks() {
    assertThat(ids("> you guys are crazy\n  &gt; insane\nShe said \"guys\" and “crazy” and ‘lame’"))
        .isEmpty();
  }

  @Test
  void skipsLinksMentionsAndEmoji() {
    assertThat(
            ids(
                "<https://x.example/guys|guys> https://x.example/crazy www.crazy.example"
                    + " <@U123> <#C42|crazy> <!here> :crazy_face: <at>Guys Team</at>"))
        .isEmpty();
  }

  @Test
  void anUnclosedQuoteOrBacktickDoesNotHideTheRestOfTheMessage() {
    assertThat(ids("it's 5\" long and `oops, the guys are here")).containsExactly("guys");
  }

  @Test
  void skipsTermsThatArePartOfAProperName() {
    assertThat(ids("We saw Guys and Dolls, met George Foreman and Chairman Mao at Black Hat"))
        .isEmpty();
    assertThat(ids("Master of Science students join the Crazy Horse tour")).isEmpty();
  }

  @Test
  void aCapitalisedGreetingOrSentenceStartIsNotAName() {
    assertThat(ids("Hi Guys, thanks")).containsExactly("guys");
    assertThat(ids("Crazy idea: Dear Sir or Madam")).containsExactly("crazy", "dear-sir");
  }

  @Test
  void anExceptionInContextCancelsItsRuleOnly() {
    assertThat(ids("The trial was double blinded; reviewers were blinded.")).isEmpty();
    assertThat(ids("I was blinded, and the dumb terminal is a dumb idea"))
        .containsExactly("blinded", "dumb");
  }

  @Test
  void aDisabledRuleIsLeftOut() {
    assertThat(MATCHER.match("guys, that is crazy", id -> !id.equals("guys")))
        .extracting(m -> m.rule().id())
        .containsExactly("crazy");
  }
}
