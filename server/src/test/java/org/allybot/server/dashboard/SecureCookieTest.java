package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureCookieTest {
  @TempDir Path data;

  @Test
  void behindAnHttpsPublicUrlTheSessionCookieIsSecureAndTheLinkUsesThatUrl() throws Exception {
    try (ServedDashboard served =
        ServedDashboard.start(data, Map.of("ALLYBOT_PUBLIC_URL", "https://allybot.example.org"))) {
      assertThat(served.say(ServedDashboard.ADMIN, false, "dashboard"))
          .contains("https://allybot.example.org/admin/login?token=");

      HttpResponse<String> login =
          served.get("/admin/login?token=" + served.token(ServedDashboard.ADMIN), null);

      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().firstValue("set-cookie").orElseThrow())
          .contains("; Secure", "; HttpOnly", "; SameSite=Strict");
    }
  }
}
