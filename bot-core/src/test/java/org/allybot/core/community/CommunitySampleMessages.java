package org.allybot.core.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * The community's channel posts, notes and forms in one language, each at its longest (texts at
 * their limits, every sense), for the adapters' render tests: the pseudo-locale's limits, the
 * Spanish.
 */
public final class CommunitySampleMessages {
  private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
  private static final String LONG = "x".repeat(2_000);

  private CommunitySampleMessages() {}

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    Question q =
        new Question(
            1234,
            "C0ALLIES",
            "",
            LONG,
            LONG,
            "a second opinion",
            List.of("act", "listen", "privilege", "speak", "bias", "empathy"),
            true,
            "",
            Authorship.none(),
            AT,
            PostStatus.OPEN,
            "",
            null);
    ThreadReply advice =
        new ThreadReply(
            1235,
            1234,
            "",
            ThreadReply.Kind.ADVICE,
            LONG,
            "Ally 12",
            true,
            "",
            Authorship.none(),
            AT,
            PostStatus.OPEN,
            "");
    ThreadReply followUp =
        new ThreadReply(
            1236,
            1234,
            "",
            ThreadReply.Kind.FOLLOW_UP,
            LONG,
            Pseudonyms.ASKER,
            true,
            "",
            Authorship.none(),
            AT,
            PostStatus.OPEN,
            "");
    List<Message> all = new ArrayList<>();
    all.add(CommunityMessages.question(say, q));
    all.add(CommunityMessages.reply(say, advice, 123));
    all.add(CommunityMessages.reply(say, followUp, 0));
    all.add(CommunityMessages.resolution(say, q, Pseudonyms.ASKER, LONG));
    all.add(CommunityMessages.hiddenNotice(say, advice));
    return all;
  }

  public static List<Block.Form> forms(Language language) {
    Messages say = Messages.in(language);
    return List.of(
        CommunityMessages.askForm(say),
        CommunityMessages.adviseForm(say, 1234),
        CommunityMessages.resolveForm(say, 1234));
  }
}
