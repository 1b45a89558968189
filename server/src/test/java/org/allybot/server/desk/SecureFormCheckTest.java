package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureFormCheckTest {
  @TempDir Path data;

  @Test
  void behindAnHttpsPublicUrlTheCheckCookieIsSecureAndTheChatLinkUsesThatUrl() throws Exception {
    try (ServedReportPage served =
        ServedReportPage.start(
            data, null, Map.of("ALLYBOT_PUBLIC_URL", "https://allybot.example.org"))) {
      assertThat(served.say("rita", "report"))
          .contains("https://allybot.example.org/desk/report?token=");

      ServedReportPage.Page page = served.form(served.chatToken("rita"));

      assertThat(page.response().headers().firstValue("set-cookie").orElseThrow())
          .contains("; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/desk/report");
    }
  }
}
