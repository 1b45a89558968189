package org.allybot.core.nudge;

import org.allybot.content.Curriculum;
import org.allybot.content.LanguageRule;
import org.allybot.content.Localized;
import org.allybot.core.UserRef;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/**
 * The language a nudge speaks: the author's, for the bot's own words and for the rule's {@code
 * why}, which falls back to English rule by rule. The rule's terms and suggestions stay as written:
 * they are words of the author's text.
 */
public record NudgeLanguage(LanguageOf languageOf, Curriculum curriculum) {
  Messages say(UserRef user) {
    return languageOf.messages(user);
  }

  Localized<LanguageRule> rule(LanguageRule english, Messages say) {
    return curriculum.languageRule(english, say.language().source().tag());
  }
}
