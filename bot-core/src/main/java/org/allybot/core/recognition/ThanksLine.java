package org.allybot.core.recognition;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.content.Sense;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.language.Messages;

/**
 * Reads {@code @person for what they did [--sense s] [--public]}. The flags may stand anywhere;
 * everything else after the mention (and an optional "for") is what they did, kept as typed.
 */
final class ThanksLine {
  private static final Pattern SENSE = Pattern.compile("(?<=^|\\s)--sense(?:\\s+|=)(\\S*)");
  private static final Pattern PUBLIC = Pattern.compile("(?<=^|\\s)--public(?=\\s|$)");
  private static final Pattern HEAD =
      Pattern.compile("^(\\S+)\\s*(?:(?i:for)(?:\\s+|$))?(.*)$", Pattern.DOTALL);

  private ThanksLine() {}

  static ThanksRequest parse(Messages say, String line) {
    String usage = say.text(RecognitionTexts.USAGE);
    Optional<Sense> sense = Optional.empty();
    Matcher s = SENSE.matcher(line);
    if (s.find()) {
      String word = s.group(1).toLowerCase(Locale.ROOT);
      sense =
          Optional.of(
              Sense.byId(word)
                  .orElseThrow(() ->
                      new UsageException(say.text("recognition.bad-sense", "word", word), usage)));
    }
    boolean wantsPublic = PUBLIC.matcher(line).find();
    String rest = PUBLIC.matcher(SENSE.matcher(line).replaceAll("")).replaceAll("").strip();
    Matcher head = HEAD.matcher(rest);
    if (!head.matches()) {
      throw new UsageException(say.text("recognition.no-recipient"), usage);
    }
    String recipient =
        Mentions.user(head.group(1))
            .orElseThrow(() -> new UsageException(say.text("recognition.no-recipient"), usage));
    return new ThanksRequest(recipient, head.group(2).strip(), sense, wantsPublic, "");
  }
}
