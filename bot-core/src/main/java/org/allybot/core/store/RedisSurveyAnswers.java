package org.allybot.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.WorkspaceId;
import org.allybot.core.survey.Pairing;
import org.allybot.core.survey.StoredAnswer;
import org.allybot.core.survey.SurveyAnswer;
import org.allybot.core.survey.SurveyAnswers;
import org.allybot.core.survey.SurveyKey;
import org.allybot.core.survey.SurveyRound;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Survey answers under {@code survey:CAMPAIGN:ROUND:}: {@code a:PSEUDONYM} (question to stored
 * answer), {@code sent} (pseudonyms the round was put to), {@code stats} and {@code pairs} (running
 * figures, each with its released copy under {@code pub:}), {@code text:QUESTION} (pseudonym to
 * words) and {@code claimed}. Recording is one script ({@link SurveyScripts#RECORD}), so duplicate
 * clicks on several instances count once.
 */
public final class RedisSurveyAnswers implements SurveyAnswers {
  private static final String DONE = "~done";
  private static final String RELEASED = "pub:";

  private final UnifiedJedis redis;
  private final SurveyScripts scripts;

  public RedisSurveyAnswers(UnifiedJedis redis) {
    this.redis = redis;
    this.scripts = new SurveyScripts(redis);
  }

  static String key(WorkspaceId ws, String campaignId, SurveyRound round, String... rest) {
    List<String> parts = new ArrayList<>(List.of("survey", campaignId, round.id()));
    parts.addAll(List.of(rest));
    return Keys.of(ws, parts.toArray(String[]::new));
  }

  /** Every survey key of a campaign, for deleting it with the campaign. */
  static String campaignPattern(WorkspaceId ws, String campaignId) {
    return Keys.of(ws, "survey", campaignId, "*");
  }

  private static String answersKey(SurveyKey k) {
    return key(k.workspace(), k.campaignId(), k.round(), "a", k.pseudonym());
  }

  private static String sentKey(SurveyKey k) {
    return key(k.workspace(), k.campaignId(), k.round(), "sent");
  }

  @Override
  public boolean open(SurveyKey key) {
    return redis.sadd(sentKey(key), key.pseudonym()) == 1;
  }

  @Override
  public boolean isOpen(SurveyKey key) {
    return redis.sismember(sentKey(key), key.pseudonym());
  }

  @Override
  public Map<String, StoredAnswer> progress(SurveyKey key) {
    Map<String, StoredAnswer> answers = new LinkedHashMap<>();
    redis
        .hgetAll(answersKey(key))
        .forEach((question, stored) ->
            StoredAnswer.decode(stored).ifPresent(a -> answers.put(question, a)));
    return answers;
  }

  @Override
  public boolean record(SurveyKey k, SurveyAnswer answer) {
    WorkspaceId ws = k.workspace();
    List<String> keys = new ArrayList<>();
    keys.add(answersKey(k));
    keys.add(key(ws, k.campaignId(), k.round(), "stats"));
    keys.add(key(ws, k.campaignId(), k.round(), "text", answer.questionId()));
    List<String> args = new ArrayList<>();
    args.add(answer.questionId());
    args.add(answer.value().encode());
    args.add(Integer.toString(answer.questions()));
    args.add(k.pseudonym());
    args.add(answer.text());
    args.add(Integer.toString(answer.choices()));
    for (Pairing pairing : Pairing.of(k.round())) {
      SurveyRound other = pairing.other(k.round());
      keys.add(key(ws, k.campaignId(), other, "a", k.pseudonym()));
      keys.add(key(ws, k.campaignId(), pairing.after(), "pairs"));
      args.add(k.round() == pairing.after() ? "1" : "-1");
    }
    return scripts.record(keys, args) == 1L;
  }

  @Override
  public Figures figures(WorkspaceId workspace, String campaignId, SurveyRound round) {
    return new Figures(
        released(key(workspace, campaignId, round, "stats")),
        released(key(workspace, campaignId, round, "pairs")));
  }

  private Map<String, Long> released(String key) {
    Map<String, Long> figures = new HashMap<>();
    redis
        .hgetAll(key)
        .forEach((field, n) -> {
          if (field.startsWith(RELEASED)) {
            figures.put(field.substring(RELEASED.length()), Long.parseLong(n));
          }
        });
    return figures;
  }

  @Override
  public List<String> texts(
      WorkspaceId workspace, String campaignId, SurveyRound round, String question) {
    return redis.hvals(key(workspace, campaignId, round, "text", question));
  }

  @Override
  public boolean claimSending(WorkspaceId workspace, String campaignId, SurveyRound round) {
    // No expiry: a round is sent once in a campaign's life; the key goes with the campaign.
    return "OK"
        .equals(
            redis.set(
                key(workspace, campaignId, round, "claimed"), "1", SetParams.setParams().nx()));
  }

  @Override
  public void forget(WorkspaceId workspace, String campaignId, String pseudonym) {
    Map<SurveyRound, Map<String, String>> answers = new LinkedHashMap<>();
    for (SurveyRound round : SurveyRound.values()) {
      SurveyKey k = new SurveyKey(workspace, campaignId, round, pseudonym);
      Map<String, String> stored = redis.hgetAll(answersKey(k));
      if (!stored.isEmpty() || redis.sismember(sentKey(k), pseudonym)) {
        answers.put(round, stored);
      }
    }
    if (!answers.isEmpty()) {
      new SurveyForgetting(redis, workspace, campaignId, pseudonym).run(answers);
    }
  }

  static boolean isDone(Map<String, String> stored) {
    return stored.containsKey(DONE);
  }
}
