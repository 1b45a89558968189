package org.allybot.server.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.xapi.ActorMode;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;

class XapiSettingsTest {
  private static Map<String, String> on() {
    Map<String, String> env = new HashMap<>();
    env.put("ALLYBOT_XAPI_ENDPOINT", "https://lrs.example.com/data/xAPI/");
    env.put("ALLYBOT_XAPI_USERNAME", "key");
    env.put("ALLYBOT_XAPI_PASSWORD", "secret-password");
    env.put("ALLYBOT_PUBLIC_URL", "https://ally.example.com");
    return env;
  }

  @Test
  void theExportIsOffWithoutItsSettings() {
    assertThat(Settings.from(Map.of()).xapi()).isNull();
  }

  @Test
  void allThreeTurnItOnWithPseudonymousActorsAndTheStatementsResource() {
    XapiSettings xapi = Settings.from(on()).xapi();

    assertThat(xapi.statements()).hasToString("https://lrs.example.com/data/xAPI/statements");
    assertThat(xapi.actor()).isEqualTo(ActorMode.PSEUDONYM);
    assertThat(xapi.toString()).doesNotContain("secret-password");
  }

  @Test
  void emailActorsAreAskedForByName() {
    Map<String, String> env = on();
    env.put("ALLYBOT_XAPI_ACTOR", "Email");

    assertThat(Settings.from(env).xapi().actor()).isEqualTo(ActorMode.EMAIL);
  }

  @Test
  void someButNotAllCredentialsNameWhatIsMissing() {
    Map<String, String> env = on();
    env.remove("ALLYBOT_XAPI_PASSWORD");
    env.put("ALLYBOT_XAPI_USERNAME", "  ");

    assertThatThrownBy(() -> Settings.from(env))
        .hasMessageContaining("ALLYBOT_XAPI_PASSWORD is missing")
        .hasMessageContaining("ALLYBOT_XAPI_USERNAME is missing")
        .hasMessageNotContaining("ALLYBOT_XAPI_ENDPOINT is missing");
  }

  @Test
  void theEndpointMustBeAnHttpUrlWithoutQuery() {
    for (String bad : List.of("lrs.example.com", "ftp://lrs.example.com", "https://x/y?z=1")) {
      Map<String, String> env = on();
      env.put("ALLYBOT_XAPI_ENDPOINT", bad);

      assertThatThrownBy(() -> Settings.from(env))
          .hasMessageContaining("ALLYBOT_XAPI_ENDPOINT must be an http(s) URL");
    }
  }

  @Test
  void anUnknownActorModeAndAMissingPublicUrlAreListedTogether() {
    Map<String, String> env = on();
    env.put("ALLYBOT_XAPI_ACTOR", "name");
    env.remove("ALLYBOT_PUBLIC_URL");

    assertThatThrownBy(() -> Settings.from(env))
        .hasMessageContaining("ALLYBOT_XAPI_ACTOR must be pseudonym or email")
        .hasMessageContaining("ALLYBOT_PUBLIC_URL is required with the xAPI export");
  }

  @Test
  void anActorModeWithoutTheExportIsAMistake() {
    List<String> problems = new ArrayList<>();

    assertThat(XapiSettings.from(Map.of("ALLYBOT_XAPI_ACTOR", "email"), true, problems)).isNull();
    assertThat(problems).singleElement().asString().contains("the xAPI export is off");
  }
}
