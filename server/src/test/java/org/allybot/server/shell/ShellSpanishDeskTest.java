package org.allybot.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./allybot shell --lang es}: the report form, its checks and the desk's view in Spanish.
 */
class ShellSpanishDeskTest {
  @TempDir Path data;

  @Test
  void theReportFormIsAskedInSpanishAndTheDeskReadsItInSpanish() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings =
        Settings.from(
            Map.of("ALLYBOT_DATA_DIR", data.toString(), "ALLYBOT_DEFAULT_LANGUAGE", "es"));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "alex", true, "UTC", out)) {
      session.run(
          new BufferedReader(
              new StringReader(
                  """
                  /ally desk rota @alex
                  /ally as rita
                  /ally report

                  Otra vez mal mi nombre
                  la semana pasada
                  la reunión diaria
                  @sam
                  2
                  sí
                  yes
                  1
                  no
                  Me sigue llamando por un nombre que no es el mío.
                  /ally report status
                  /ally as alex
                  /ally desk
                  /ally desk show 1
                  """)),
          true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).doesNotContain("algo ha fallado por mi parte");
    assertThat(out)
        .contains("El turno del equipo de reportes es ahora")
        .contains("(Reporte confidencial: responde a cada pregunta en su propia línea;")
        .contains("? ¿Qué pasó? (solo lo ve el equipo de reportes) (obligatorio)")
        .contains("? ¿Quieres que el equipo te haga seguimiento? [sí/no] (predeterminado: sí)")
        .contains("[1] a mí [2] a otra persona [3] a ambas")
        .contains("[1] pregúntame antes [2] sí [3] no")
        .contains("¿Prefieres usar el navegador o el teléfono?");
    assertThat(out).contains("Cuéntale al equipo qué pasó");
    assertThat(out)
        .contains("Reporte recibido: n.º 1")
        .contains("#1 · nuevo · Otra vez mal mi nombre");
    assertThat(out)
        .contains("Reportes abiertos")
        .contains("#1 · 0 h · nuevo · Otra vez mal mi nombre");
    assertThat(out)
        .contains("Me sigue llamando por un nombre que no es el mío.")
        .contains("Quién lo hizo: @sam")
        .contains("A quién afectó: a otra persona")
        .contains("Recursos Humanos: pregúntame antes")
        .contains("Quién reporta: anónimo");
    assertThat(out).doesNotContain("Report received").doesNotContain("What happened?");
  }
}
