package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allybot.core.CoreHarness;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The promise: nobody but the asker can learn who asked an anonymous question. An anonymous ask,
 * advice and follow-ups run with every logger at DEBUG; then every log line and every key and value
 * of the community namespace is searched for the asker's user id and display name.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class AnonymityPromiseTest {
  private static final String ASKER_ID = "U0ASKER42";
  private static final String ASKER_NAME = "Priya Raman";
  private static final Actor ASKER =
      new Actor(CoreHarness.user(ASKER_ID), ASKER_NAME, false, "Europe/Berlin");
  private static final Actor HELPER =
      new Actor(CoreHarness.user("U0HELPER7"), "Sam Okafor", false, "");

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger root;
  private Level rootLevel;
  private CommunityScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    logs.setContext(context);
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    scene = new CommunityScene(redis);
  }

  @AfterEach
  void stop() {
    scene.close();
    root.detachAppender(logs);
    root.setLevel(rootLevel);
  }

  private Reply as(Actor who, String command) {
    return scene.h.bot.handle(new CoreEvent.CommandInvoked(who, command, ""));
  }

  @Test
  void noLogLineAndNoCommunityKeyOrValueNamesTheAnonymousAsker() {
    assertThat(as(ASKER, "ask").hasForm()).isTrue();
    scene.submit(
        ASKER,
        "community.ask",
        Map.of(
            "situation",
                "In meetings my lead keeps talking over a colleague who uses a wheelchair.",
            "considering", "Saying something in the moment, or talking to my lead after.",
            "help", "a second opinion",
            "anonymous", "yes"));
    as(HELPER, "advise 1 Ask your colleague first what they would like you to do. --anonymous");
    scene.threadReply("U0CAROL3", scene.messageOf(1), "Credit their ideas out loud next time.");
    RecordingChatPlatform.Sent notification = scene.privateTo(ASKER_ID).getFirst();
    scene.privateReply(ASKER, notification.messageId(), "Thank you, I will ask them first.");
    as(ASKER, "followup 1 I asked; they want me to speak up next time.");
    as(ASKER, "helpful 2");
    scene.ask(ASKER, "A new hire keeps being left out of team lunches.", true);
    as(HELPER, "advise 6 Invite them yourself, and mention it to the organiser. --anonymous");
    as(ASKER, "resolve 1 I spoke up in the next meeting and it stopped. --feature");
    String adminViews =
        CoreHarness.text(scene.say("boss", "community show"))
            + CoreHarness.text(scene.say("boss", "admin audit"));

    String logText = logText();
    assertThat(logText).as("DEBUG output was captured").contains("Community question #1");
    assertThat(logText).doesNotContain(ASKER_ID).doesNotContainIgnoringCase(ASKER_NAME);

    String namespace = scene.communityNamespace();
    assertThat(namespace)
        .as("the search covers the community's posts")
        .contains("talking over a colleague")
        .contains("Ally 1");
    assertThat(namespace).doesNotContain(ASKER_ID).doesNotContainIgnoringCase(ASKER_NAME);
    assertThat(decodedTokens(namespace)).doesNotContain(ASKER_ID);
    assertThat(scene.everything()).as("a search of the store finds members").contains(ASKER_ID);

    String channel =
        scene.channelPosts().stream()
                .map(s -> CoreHarness.text(s.message()))
                .collect(Collectors.joining("\n"))
            + scene.h.platform.updates().stream()
                .map(u -> CoreHarness.text(u.message()))
                .collect(Collectors.joining("\n"));
    assertThat(channel).contains("An ally asks").contains("*Asker*").contains("*Ally 1*");
    assertThat(channel + adminViews).doesNotContain(ASKER_ID).doesNotContain(ASKER_NAME);

    assertThat(scene.privateTo(ASKER_ID))
        .as("the sealed link still delivers the asker's notifications")
        .hasSize(3);
  }

  @Test
  void theDebugLogOfAnAnonymousFlowNeverCarriesTheSealOrTheKey() {
    scene.ask(ASKER, "Someone keeps misgendering a teammate in stand-ups.", true);
    as(HELPER, "advise 1 Use the right pronouns yourself, clearly. --anonymous");

    Question q = (Question) scene.post(1);
    assertThat(q.author().seal()).isNotEmpty();
    assertThat(logText())
        .doesNotContain(q.author().seal())
        .doesNotContain(q.author().check())
        .doesNotContain(CoreHarness.KEY.toBase64());
  }

  private String logText() {
    return logs.list.stream()
        .map(e ->
            e.getLoggerName()
                + " "
                + e.getLevel()
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

  /** Hex and base64 tokens decoded, so an id merely encoded (not encrypted) would be found too. */
  private static String decodedTokens(String text) {
    List<String> decoded = new ArrayList<>();
    Matcher hex = Pattern.compile("[0-9a-f]{16,}").matcher(text);
    while (hex.find()) {
      String token = hex.group();
      if (token.length() % 2 == 0) {
        decoded.add(new String(HexFormat.of().parseHex(token), StandardCharsets.ISO_8859_1));
      }
    }
    Matcher b64 = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}").matcher(text);
    while (b64.find()) {
      for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
        try {
          decoded.add(new String(decoder.decode(b64.group()), StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
          // not base64 in this alphabet
        }
      }
    }
    return String.join("\n", decoded);
  }
}
