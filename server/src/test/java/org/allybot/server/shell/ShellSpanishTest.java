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

/** {@code ./allybot shell --lang es}: the member's path in Spanish, command words in English. */
class ShellSpanishTest {
  @TempDir Path data;

  private String run(String script) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Settings settings =
        Settings.from(
            Map.of("ALLYBOT_DATA_DIR", data.toString(), "ALLYBOT_DEFAULT_LANGUAGE", "es"));
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "ana", true, "Europe/Madrid", out)) {
      session.run(new BufferedReader(new StringReader(script)), true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("algo ha fallado por mi parte");
    return out;
  }

  @Test
  void aSpanishSpeakerGoesFromInvitationToStatsInSpanish() throws Exception {
    String out =
        run(
            """
            /ally campaign create Piloto --polls mon,tue,wed,thu,fri,sat,sun@09:30
            1
            /ally campaign run Piloto now
            2
            /ally lesson
            4
            /ally stats
            /ally dance
            /ally help
            9
            /ally as sam
            """);

    assertThat(out).contains("Te invitamos a *Piloto*").contains("[1] Unirme");
    assertThat(out).contains("Ya estás en *Piloto*");
    assertThat(out).contains("¿Qué harías?").contains("*Elegiste:*").contains("*Para llevarte:*");
    assertThat(out).contains("Lo voy a probar").contains("Apuntado: vas a probar");
    assertThat(out).contains("Encuestas respondidas: 1").contains("Idioma: español");
    assertThat(out).contains("*Agradecimientos recibidos*").doesNotContain("Thanks you received");
    assertThat(out).contains("No conozco `dance`.").contains("Uso: `/ally help`");
    assertThat(out).contains("`/ally poll`: un escenario de «¿qué harías?» ahora");
    assertThat(out)
        .contains("(no hay ningún botón 9 en tu último mensaje)")
        .contains("(ahora eres sam)")
        .doesNotContain("your answer")
        .doesNotContain("you are now");
  }

  @Test
  void thanksBetweenSpanishSpeakersIsInSpanish() throws Exception {
    String out =
        run(
            """
            /ally thanks @sam for escucharme en la retro --sense listen
            /ally as sam
            /ally stats
            """);

    assertThat(out).contains("Enviado a").contains("dentro de *Escuchar*. Gracias por fijarte.");
    assertThat(out).contains("Te han dado las gracias").contains("te da las gracias por");
    assertThat(out).contains("*Agradecimientos recibidos*\nEscuchar: 1");
    assertThat(out).doesNotContain("Thanks you received").doesNotContain("thanked you");
    assertThat(out).contains("(para sam)\n").doesNotContain("(to sam)");
  }

  @Test
  void theGreetingAtATerminalIsInSpanish() throws Exception {
    Settings settings =
        Settings.from(
            Map.of("ALLYBOT_DATA_DIR", data.toString(), "ALLYBOT_DEFAULT_LANGUAGE", "es"));
    try (PrintStream out =
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ShellSession session =
            ShellSession.start(settings, Clock.systemUTC(), "ana", true, "Europe/Madrid", out)) {
      assertThat(session.welcome())
          .isEqualTo("Shell de Allybot. Escribe /ally help, o Ctrl-D para salir.");
    }
  }

  @Test
  void theShellsFrameAroundChannelPostsIsInSpanish() throws Exception {
    String out =
        run(
            """
            /ally community set #aliados
            /ally ask
            Un compañero bromea sobre el acento de una colega en cada reunión.

            2

            /ally as sam
            /ally advise 1 Pregunta primero a tu colega cómo se siente. --anonymous
            /ally as ana
            /ally resolve 1 Hablé con mi colega y luego con él en privado.
            """);

    assertThat(out)
        .contains("[#aliados, hilo] ")
        .contains("[#aliados, editado] ")
        .contains("(para ana)\n")
        .doesNotContain(", thread]")
        .doesNotContain(", edited]")
        .doesNotContain("(to ana)");
  }
}
