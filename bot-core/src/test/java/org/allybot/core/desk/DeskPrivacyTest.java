package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The desk's promise: a whole desk story runs with every logger at DEBUG, then every Redis key and
 * value, and every log line, is searched for the report's words, the reporter's id and name, and
 * the subject's id and name. None is found.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class DeskPrivacyTest {
  private static final String REPORTER_ID = "U0RITA77";
  private static final String REPORTER_NAME = "Rita Reporter";
  private static final Actor REPORTER =
      new Actor(CoreHarness.user(REPORTER_ID), REPORTER_NAME, false, "Europe/Berlin");
  private static final String SUBJECT_ID = "U0VICTOR";
  private static final String SUBJECT_NAME = "Victor Vance";
  private static final String WORDS = "mimicked my accent in the quarterly review";
  private static final String SUMMARY = "Accent mocked at review";
  private static final String ANSWER = "Three colleagues were present";
  private static final String ADDITION = "It happened again at lunch";

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger root;
  private Level rootLevel;
  private DeskScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    logs.setContext(context);
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    scene = new DeskScene(redis);
  }

  @AfterEach
  void stop() {
    scene.close();
    root.detachAppender(logs);
    root.setLevel(rootLevel);
  }

  private Reply as(Actor who, String command) {
    return CoreHarness.checked(scene.bot.handle(new CoreEvent.CommandInvoked(who, command, "")));
  }

  private void wholeStory() {
    assertThat(as(REPORTER, "report").hasForm()).isTrue();
    scene.bot.handle(
        new CoreEvent.FormSubmitted(
            REPORTER,
            DeskForm.ID,
            Map.of(
                DeskForm.WHAT,
                "My team lead " + WORDS + ".\nEveryone laughed.",
                DeskForm.SUMMARY,
                SUMMARY,
                DeskForm.WHEN,
                "about last Thursday",
                DeskForm.WHERE,
                "the quarterly review",
                DeskForm.WHO,
                "<@" + SUBJECT_ID + "|victor>",
                DeskForm.HR,
                "ask me first")));
    scene.report(
        "sam",
        "Escrow about the same lead.",
        DeskForm.WHO,
        "<@" + SUBJECT_ID + ">",
        DeskForm.ESCROW,
        "yes");
    scene.report("tom", "Named in free text.", DeskForm.WHO, SUBJECT_NAME);
    scene.h.clock.advance(Duration.ofHours(49));
    scene.bot.sendDeskReminders();
    scene.say("ann", "desk");
    scene.say("ann", "desk pick 1");
    scene.say("ann", "desk note 1 Talk to the lead's manager");
    scene.say("ann", "desk ask 1 Who else was there?");
    String question = scene.dms(REPORTER_ID).getLast().messageId();
    scene.bot.handle(new CoreEvent.MessageReceived(REPORTER, "", question, ANSWER));
    as(REPORTER, "report add 1 " + ADDITION);
    scene.say("ann", "desk hr 1");
    Button yes = scene.dms(REPORTER_ID).getLast().message().buttons().getFirst();
    scene.bot.handle(new CoreEvent.ChoiceSelected(REPORTER, yes.action(), yes.value()));
    scene.say("ann", "desk close 1 action");
    as(REPORTER, "report status");
    scene.say("boss", "desk setup");
  }

  @Test
  void noRedisKeyOrValueAndNoLogLineHoldsTheReportTheReporterOrTheSubject() {
    wholeStory();

    assertThat(Seen.text(scene.say("ann", "desk show 1")))
        .as("the story really stored what the search looks for")
        .contains(WORDS)
        .contains(ANSWER)
        .contains(ADDITION);
    assertThat(scene.lastDm("hana")).as("HR got it, by consent").contains(WORDS);
    assertThat(scene.dms(REPORTER_ID)).as("the sealed link reached the reporter").hasSize(3);

    String store = everything();
    String logText = logText();
    assertThat(store).as("a search of the store finds desk members' records").contains("ann");
    assertThat(logText).as("DEBUG output was captured").contains("Desk report #1");
    for (String secret :
        List.of(WORDS, SUMMARY, ANSWER, ADDITION, REPORTER_ID, SUBJECT_ID, "Everyone laughed")) {
      assertThat(store).as("Redis").doesNotContain(secret);
      assertThat(decodedTokens(store)).as("Redis, decoded").doesNotContain(secret);
      assertThat(logText).as("the log").doesNotContain(secret);
    }
    for (String name : List.of(REPORTER_NAME, SUBJECT_NAME, "victor")) {
      assertThat(store).as("Redis").doesNotContainIgnoringCase(name);
      assertThat(logText).as("the log").doesNotContainIgnoringCase(name);
    }
  }

  /** Every key and value in Redis. */
  private String everything() {
    StringBuilder all = new StringBuilder();
    for (String key : KeyScan.matching(scene.h.redis, "*")) {
      all.append(key).append('\n').append(value(key)).append('\n');
    }
    return all.toString();
  }

  private String value(String key) {
    return switch (scene.h.redis.type(key)) {
      case "string" -> scene.h.redis.get(key);
      case "hash" -> scene.h.redis.hgetAll(key).toString();
      case "set" -> scene.h.redis.smembers(key).toString();
      case "zset" -> scene.h.redis.zrangeWithScores(key, 0, -1).toString();
      case "list" -> scene.h.redis.lrange(key, 0, -1).toString();
      case "stream" -> scene.h.redis.xrange(key, "-", "+").toString();
      default -> "";
    };
  }

  private String logText() {
    return logs.list.stream()
        .map(e ->
            e.getLoggerName()
                + " "
                + e.getFormattedMessage()
                + " "
                + Arrays.toString(e.getArgumentArray())
                + " "
                + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null
                    ? ""
                    : " " + ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
  }

  /** Hex tokens decoded, so a value merely encoded (not encrypted) would be found too. */
  private static String decodedTokens(String text) {
    List<String> decoded = new ArrayList<>();
    Matcher hex = Pattern.compile("[0-9a-f]{16,}").matcher(text);
    while (hex.find()) {
      String token = hex.group();
      if (token.length() % 2 == 0) {
        decoded.add(new String(HexFormat.of().parseHex(token), StandardCharsets.ISO_8859_1));
      }
    }
    return String.join("\n", decoded);
  }
}
