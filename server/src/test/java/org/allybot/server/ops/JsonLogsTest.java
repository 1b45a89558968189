package org.allybot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** {@code ALLYBOT_LOG_FORMAT=json}: the shipped logback.xml writes one JSON object a line. */
final class JsonLogsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachLogLineIsOneJsonObjectWithTheMessageAndNothingTheTextLineLacks() throws Exception {
    List<String> lines =
        logged(
            "json",
            log -> {
              log.info("delivery worker {} started {} senders", "allybot-1a2b", 4);
              log.warn("delivery batch not settled", new IllegalStateException("boom"));
            });

    assertThat(lines).hasSize(2);
    JsonNode info = JSON.readTree(lines.get(0));
    assertThat(info.get("level").asText()).isEqualTo("INFO");
    assertThat(info.get("loggerName").asText()).isEqualTo("org.allybot.test");
    assertThat(info.get("formattedMessage").asText())
        .isEqualTo("delivery worker allybot-1a2b started 4 senders");
    assertThat(info.has("timestamp")).isTrue();
    assertThat(info.has("threadName")).isTrue();
    // No raw arguments, MDC, key-value pairs or context: only what the text line shows.
    assertThat(info.has("arguments")).isFalse();
    assertThat(info.has("mdc")).isFalse();
    assertThat(info.has("kvpList")).isFalse();
    assertThat(info.has("context")).isFalse();
    JsonNode warn = JSON.readTree(lines.get(1));
    assertThat(warn.get("level").asText()).isEqualTo("WARN");
    assertThat(warn.get("throwable").get("className").asText())
        .isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void theDefaultFormatIsStillOneTextLine() throws Exception {
    List<String> lines = logged(null, log -> log.info("delivery worker {} stopped", "allybot-1"));

    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst())
        .endsWith("INFO  org.allybot.test - delivery worker allybot-1 stopped");
  }

  /** What the shipped configuration writes to stderr for {@code body}, line by line. */
  private static List<String> logged(String format, Consumer<Logger> body) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // as slf4j's start-up gives the real one
    if (format != null) {
      context.putProperty("ALLYBOT_LOG_FORMAT", format);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(JsonLogsTest.class.getResource("/logback.xml"));
      body.accept(context.getLogger("org.allybot.test"));
    } finally {
      context.stop();
      System.setErr(original);
    }
    List<String> lines = new ArrayList<>();
    captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(lines::add);
    return lines;
  }
}
