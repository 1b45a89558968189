package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's language: the signed-in admin's own when known, else the browser's
 * Accept-Language, else the default; {@code <html lang>} says which.
 */
class SpanishDashboardTest {
  private static final String OTHER_ADMIN = "admin-9q2w";

  @TempDir static Path data;
  private static ServedDashboard served;

  @BeforeAll
  static void start() {
    served =
        ServedDashboard.start(
            data,
            Map.of("ALLYBOT_ADMINS", ServedDashboard.ADMIN + "," + OTHER_ADMIN),
            new SampleReports());
    served.say(ServedDashboard.ADMIN, false, "language es");
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void anAdminWhoChoseSpanishGetsSpanishPagesWhateverTheBrowserSays() throws Exception {
    String cookie = served.signIn(ServedDashboard.ADMIN);

    String overview = served.get("/admin", cookie, "en-GB,en;q=0.9").body();
    String campaign = served.get("/admin/campaigns/pilot", cookie, "en-GB").body();

    assertThat(overview)
        .contains("<html lang=\"es\">")
        .contains("<h1>Campañas</h1>")
        .contains("Panel de Allybot")
        .contains("Saltar a las cifras")
        .contains("Cerrar sesión");
    assertThat(campaign)
        .contains("<html lang=\"es\">")
        .contains("Participación por semana")
        .contains("<div><dt>Compromisos probados</dt><dd>menos de 5</dd></div>")
        .contains("79 % (de 60 % a 90 %; 24 personas)")
        .contains("3,6 (de 3,3 a 3,9; 24 personas)")
        .contains("Descargar las cifras (CSV)")
        .contains("Por semana")
        .contains("<th scope=\"row\">Actuar</th>")
        .doesNotContain("Participation per week")
        .doesNotContain("fewer than 5");
  }

  @Test
  void withoutAChoiceTheBrowsersLanguageDecides() throws Exception {
    String cookie = served.signIn(OTHER_ADMIN);

    assertThat(served.get("/admin", cookie, "fr-FR, es;q=0.8, en;q=0.5").body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Campañas</h1>");
    assertThat(served.get("/admin", cookie, "en-US,es;q=0.5").body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Campaigns</h1>");
    assertThat(served.get("/admin", cookie, "de, fr;q=0.5").body()).contains("<html lang=\"en\">");
    assertThat(served.get("/admin", cookie, ";;q=x,,").body()).contains("<html lang=\"en\">");
  }

  @Test
  void refusalsBeforeSignInFollowTheBrowser() throws Exception {
    var refused = served.get("/admin/login?token=nope", null, "es-MX,es;q=0.9");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Este enlace de acceso no funciona</h1>")
        .contains("Escribe /ally dashboard en Slack, Teams o el terminal");
    assertThat(served.get("/admin", null, "es").body()).contains("Inicia sesión, por favor");
    assertThat(served.get("/admin", null, null).body())
        .contains("<html lang=\"en\">")
        .contains("Please sign in");
  }

  @Test
  void aMissingCampaignIsExplainedInTheAdminsLanguage() throws Exception {
    String cookie = served.signIn(ServedDashboard.ADMIN);

    var missing = served.get("/admin/campaigns/nope", cookie, null);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("No existe esa campaña").contains("Volver a las campañas");
  }

  @Test
  void theCoresReportsShowThePacksWordsInTheAdminsLanguage() throws Exception {
    try (ServedDashboard own = ServedDashboard.start(data.resolve("own"), Map.of())) {
      own.say(ServedDashboard.ADMIN, false, "language es");
      own.say(ServedDashboard.ADMIN, false, "campaign create Piloto --end 2099-12-31");
      String cookie = own.signIn(ServedDashboard.ADMIN);

      String page = own.get("/admin/campaigns/piloto", cookie, null).body();

      assertThat(page)
          .contains("¿Qué te ayudó más durante esta campaña y por qué? (al final)")
          .doesNotContain("What helped you most");
    }
  }
}
