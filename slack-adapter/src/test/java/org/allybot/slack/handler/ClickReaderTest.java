package org.allybot.slack.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

class ClickReaderTest {
  /** A button click in a direct message, shaped as Slack documents block_actions payloads. */
  private static final String MESSAGE_CLICK =
      """
      {"type":"block_actions","user":{"id":"U0MEMBER01","username":"ana","name":"ana",
        "team_id":"T0ALLYBOT01"},
       "api_app_id":"A0ALLYBOT00","token":"legacy","container":{"type":"message",
        "message_ts":"1700000000.000100","channel_id":"D0MEMBER01","is_ephemeral":false},
       "trigger_id":"1234.5678.abcd","team":{"id":"T0ALLYBOT01","domain":"allybot"},
       "enterprise":null,"is_enterprise_install":false,
       "channel":{"id":"D0MEMBER01","name":"directmessage"},
       "message":{"type":"message","subtype":"bot_message","text":"What would you do?",
        "ts":"1700000000.000100","bot_id":"B01","blocks":[{"type":"actions","block_id":"b1",
        "elements":[{"type":"button","action_id":"ally:0:poll.answer","value":"|s1|opening|a",
        "text":{"type":"plain_text","text":"Say something","emoji":true}}]}]},
       "state":{"values":{}},
       "response_url":"https://hooks.slack.com/actions/T0ALLYBOT01/1/abc",
       "actions":[{"action_id":"ally:0:poll.answer","block_id":"b1",
        "text":{"type":"plain_text","text":"Say something","emoji":true},
        "value":"|s1|opening|a","type":"button","action_ts":"1700000001.000200"}]}
      """;

  @Test
  void aMessageClickKeepsWhoWhatAndTheWayBack() {
    Click click = ClickReader.read(MESSAGE_CLICK).orElseThrow();

    assertThat(click)
        .isEqualTo(
            new Click(
                "T0ALLYBOT01",
                "U0MEMBER01",
                "ana",
                "ally:0:poll.answer",
                "|s1|opening|a",
                "1700000001.000200",
                "1234.5678.abcd",
                "https://hooks.slack.com/actions/T0ALLYBOT01/1/abc",
                "D0MEMBER01",
                ""));
    assertThat(click.inMessage()).isTrue();
  }

  @Test
  void itReadsWhatBoltReadsFromTheSamePayload() {
    Gson bolt = GsonFactory.createSnakeCase();
    for (String payload :
        new String[] {
          MESSAGE_CLICK,
          MESSAGE_CLICK.replace(
              "\"value\":\"|s1|opening|a\",\"type\":\"button\"",
              "\"selected_option\":{\"value\":\"picked\",\"text\":{\"type\":\"plain_text\","
                  + "\"text\":\"Picked\"}},\"type\":\"static_select\""),
          MESSAGE_CLICK.replace(
              "\"channel\":{\"id\":\"D0MEMBER01\",\"name\":\"directmessage\"},",
              "\"view\":{\"id\":\"V1\",\"type\":\"home\"},")
        }) {
      assertThat(ClickReader.read(payload))
          .isEqualTo(Click.of(bolt.fromJson(payload, BlockActionPayload.class)));
    }
  }

  @Test
  void aClickOnTheHomeTabIsNotInAMessage() {
    Click click =
        ClickReader.read(
                "{\"type\":\"block_actions\",\"view\":{\"type\":\"home\",\"id\":\"V1\"},"
                    + "\"actions\":[{\"action_id\":\"home.pause\",\"value\":\"1w\"}]}")
            .orElseThrow();

    assertThat(click.fromHome()).isTrue();
    assertThat(click.inMessage()).isFalse();
    assertThat(click.responseUrl()).isNull();
  }

  @Test
  void otherInteractionsAndClicksWithoutAnActionAreNotClicks() {
    assertThat(ClickReader.read("{\"type\":\"view_submission\",\"actions\":[{}]}")).isEmpty();
    assertThat(ClickReader.read("{\"type\":\"block_actions\",\"actions\":[]}")).isEmpty();
    assertThat(ClickReader.read("{\"type\":\"block_actions\"}")).isEmpty();
  }

  @Test
  void malformedJsonIsRefusedWhereverItBreaks() {
    for (String bad :
        new String[] {
          "{\"type\":\"block_actions\",\"actions\":[}",
          "{\"type\":\"block_actions\",\"message\":{\"blocks\":[1,,2]}}",
          "{\"type\":\"block_actions\"} {}",
          "[\"block_actions\"]"
        }) {
      assertThatThrownBy(() -> ClickReader.read(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
