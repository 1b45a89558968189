package org.allybot.core.member;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.core.UserRef;
import org.allybot.core.command.Args;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/**
 * {@code /ally language es|en|auto} for a member, and {@code /ally channel language #ch es|en|auto}
 * for an admin. The command words stay English; the replies are in the language they set.
 */
public final class LanguageCommands {
  private final LanguageOf languages;

  public LanguageCommands(LanguageOf languages) {
    this.languages = languages;
  }

  /** {@code language es|en|auto}. */
  public Reply member(UserRef user, Args args) {
    Messages before = languages.messages(user);
    String word = args.word(1).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return Reply.text(before.text("language.current", "name", name(before, before.language())));
    }
    if (word.equals("auto")) {
      languages.choices().choose(user, Optional.empty());
      Messages now = languages.messages(user);
      return Reply.text(
          now.text(
              "language.auto",
              "platform",
              user.workspace().platform().name().toLowerCase(Locale.ROOT),
              "name",
              name(now, now.language())));
    }
    Language chosen = parse(word, before, before.text("language.usage"));
    languages.choices().choose(user, Optional.of(chosen));
    return Reply.text(Messages.in(chosen).text("language.set"));
  }

  /** {@code channel language #channel es|en|auto}; admins only (checked by the router). */
  public Reply channel(UserRef admin, Args args) {
    Messages say = languages.messages(admin);
    String usage = say.text("channel-language.usage");
    String channel =
        Mentions.channel(args.word(2))
            .orElseThrow(() -> new UsageException(say.text("channel-language.which"), usage));
    String word = args.word(3).toLowerCase(Locale.ROOT);
    if (word.equals("auto")) {
      languages.choices().setChannel(admin.workspace(), channel, Optional.empty());
      return Reply.text(
          say.text(
              "channel-language.auto",
              "channel",
              channel,
              "name",
              name(say, languages.defaultLanguage())));
    }
    Language chosen = parse(word, say, usage);
    languages.choices().setChannel(admin.workspace(), channel, Optional.of(chosen));
    return Reply.text(
        say.text("channel-language.set", "channel", channel, "name", name(say, chosen)));
  }

  /** A language's name in the reader's language: "Spanish", "español". */
  public static String name(Messages say, Language language) {
    return say.text("language.name." + language.tag());
  }

  private static Language parse(String word, Messages say, String usage) {
    return Language.ofTag(word)
        .orElseThrow(() ->
            new UsageException(
                say.text(
                    "language.unknown",
                    "tag",
                    word.length() > 20 ? word.substring(0, 20) + "…" : word,
                    "choices",
                    Arrays.stream(Language.values())
                            .filter(l -> l.source() == l)
                            .map(Language::tag)
                            .collect(Collectors.joining(", "))
                        + ", auto"),
                usage));
  }
}
