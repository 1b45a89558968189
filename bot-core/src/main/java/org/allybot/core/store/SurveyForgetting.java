package org.allybot.core.store;

import java.util.Map;
import org.allybot.core.WorkspaceId;
import org.allybot.core.survey.Pairing;
import org.allybot.core.survey.StoredAnswer;
import org.allybot.core.survey.SurveyRound;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/**
 * Takes one person's answers out of a campaign's live figures and deletes them, in one transaction.
 * The released figures are left to the next release (5 answers on), so that the report before and
 * after a forget-me cannot be compared to learn what that person answered.
 */
final class SurveyForgetting {
  private final UnifiedJedis redis;
  private final WorkspaceId ws;
  private final String campaignId;
  private final String pseudonym;

  SurveyForgetting(UnifiedJedis redis, WorkspaceId ws, String campaignId, String pseudonym) {
    this.redis = redis;
    this.ws = ws;
    this.campaignId = campaignId;
    this.pseudonym = pseudonym;
  }

  /** {@code answers}: the stored answers of every round the person was sent. */
  void run(Map<SurveyRound, Map<String, String>> answers) {
    try (AbstractTransaction tx = SlotTransaction.open(redis, Keys.of(ws, "survey"))) {
      answers.forEach((round, stored) -> forgetRound(tx, round, stored));
      for (Pairing pairing : Pairing.ALL) {
        Map<String, String> before = answers.getOrDefault(pairing.before(), Map.of());
        Map<String, String> after = answers.getOrDefault(pairing.after(), Map.of());
        String pairs = RedisSurveyAnswers.key(ws, campaignId, pairing.after(), "pairs");
        after.forEach((question, stored) -> {
          var a = StoredAnswer.decode(stored);
          var b = StoredAnswer.decode(before.get(question));
          if (isLikert(a) && isLikert(b)) {
            subtract(tx, pairs, question, a.get().value() - b.get().value());
          }
        });
      }
      tx.exec();
    }
  }

  private void forgetRound(AbstractTransaction tx, SurveyRound round, Map<String, String> stored) {
    String stats = RedisSurveyAnswers.key(ws, campaignId, round, "stats");
    if (!stored.isEmpty()) {
      tx.hincrBy(stats, "started:n", -1);
    }
    if (RedisSurveyAnswers.isDone(stored)) {
      tx.hincrBy(stats, "completed:n", -1);
    }
    stored.forEach((question, value) ->
        StoredAnswer.decode(value)
            .ifPresent(answer -> {
              switch (answer.kind()) {
                case LIKERT -> subtract(tx, stats, question, answer.value());
                case CHOICE -> {
                  tx.hincrBy(stats, question + ":n", -1);
                  tx.hincrBy(stats, question + ":c:" + answer.value(), -1);
                }
                case TEXT -> {
                  tx.hincrBy(stats, question + ":n", -1);
                  tx.hdel(
                      RedisSurveyAnswers.key(ws, campaignId, round, "text", question), pseudonym);
                }
                case SKIPPED -> {}
              }
            }));
    tx.del(RedisSurveyAnswers.key(ws, campaignId, round, "a", pseudonym));
    tx.srem(RedisSurveyAnswers.key(ws, campaignId, round, "sent"), pseudonym);
  }

  private static void subtract(AbstractTransaction tx, String hash, String item, long x) {
    tx.hincrBy(hash, item + ":n", -1);
    tx.hincrBy(hash, item + ":sum", -x);
    tx.hincrBy(hash, item + ":sq", -x * x);
  }

  private static boolean isLikert(java.util.Optional<StoredAnswer> answer) {
    return answer.isPresent() && answer.get().kind() == StoredAnswer.Kind.LIKERT;
  }
}
