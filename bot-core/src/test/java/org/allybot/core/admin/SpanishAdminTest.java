package org.allybot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin who chose Spanish runs campaigns, reads the report and the stats, sets the
 * organisation's details and asks for the dashboard, all in Spanish; an English admin of the same
 * workspace keeps English.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishAdminTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss", "eve");

  private final CoreHarness harness;

  SpanishAdminTest(CoreHarness harness) {
    this.harness = harness;
  }

  @BeforeEach
  void spanish() {
    harness.say("boss", "language es");
  }

  private String say(String who, String text) {
    return CoreHarness.text(harness.say(who, text));
  }

  @Test
  void campaignCommandsAnswerInSpanish() {
    assertThat(say("boss", "campaign create Piloto --polls mon@09:30 --lessons none"))
        .contains("Campaña *Piloto* creada. *Piloto*: en marcha · opcional")
        .contains("encuestas lun a las 09:30 · lecciones ninguna")
        .contains("Las invitaciones para unirse van de camino a");
    assertThat(say("boss", "campaign show Piloto"))
        .contains("Público: todas las personas que no se han dado de baja (opcional: cada persona")
        .contains("Fechas: del ")
        .contains("sin fecha de fin");
    assertThat(say("boss", "campaign pause Piloto"))
        .isEqualTo(
            "La campaña *Piloto* está en pausa. Reanúdala con `/ally campaign resume Piloto`.");
    assertThat(say("boss", "campaign list")).contains("*Piloto*: en pausa");
  }

  @Test
  void campaignMistakesAreExplainedInSpanishWithASpanishUsageLine() {
    say("boss", "campaign create Piloto");
    assertThat(say("boss", "campaign create Piloto"))
        .startsWith("Ya existe una campaña llamada «Piloto».")
        .contains("Uso: `/ally campaign create NOMBRE [--audience all|#canal|@persona,@persona]");
    assertThat(say("boss", "campaign edit Piloto --polls xyz@09:30"))
        .startsWith("--polls: «xyz» no es un día de la semana. Usa mon, tue");
    assertThat(say("boss", "campaign show Nada"))
        .startsWith("No hay ninguna campaña llamada «Nada». `/ally campaign list` las muestra.");
    assertThat(say("boss", "campaign frobnicate Piloto")).startsWith("No conozco `campaign");
    Reply form = harness.say("boss", "campaign new");
    assertThat(form.form().title()).isEqualTo("Nueva campaña");
    assertThat(form.form().submitLabel()).isEqualTo("Crear");
  }

  @Test
  void theCampaignReportIsInSpanish() {
    say("boss", "campaign create Piloto");
    assertThat(say("boss", "campaign report Piloto"))
        .contains("Informe de la campaña: Piloto")
        .contains("*Participación*")
        .contains("Encuestas respondidas: menos de 5")
        .contains("Práctica por sentido: Actuar menos de 5")
        .contains("Espera mediana hasta el primer consejo: menos de 5 preguntas con consejos")
        .contains("• Inicial (al unirse): empezados menos de 5, completados menos de 5")
        .contains("• ¿Qué te ayudó más durante esta campaña y por qué? (al final): menos de 5")
        .doesNotContain("What helped you most")
        .contains("Solo lo ves tú.");
    assertThat(say("eve", "campaign report Piloto")).contains("Campaign report: Piloto");
  }

  @Test
  void adminStatsListAndPurgeAreInSpanish() {
    say("boss", "campaign create Piloto");
    assertThat(say("boss", "admin stats"))
        .contains("*Piloto*: participan menos de 5 · han practicado esta semana menos de 5")
        .contains("se ocultan para proteger la privacidad");
    assertThat(say("boss", "admin list")).contains("Personas administradoras añadidas aquí:");
    assertThat(say("boss", "admin add alex")).startsWith("¿A quién? Menciona a la persona");
    assertThat(say("boss", "admin purge"))
        .contains("¿Borrar todo lo que Allybot guarda aquí?")
        .contains("Borrarlo todo")
        .contains("El botón funciona durante 10 minutos.");
    assertThat(say("boss", "admin purge nope"))
        .startsWith("Ese no es el identificador de este espacio de trabajo");
    assertThat(say("boss", "admin nope")).startsWith("No conozco `admin nope`.");
  }

  @Test
  void organisationDetailsAreShownAndCheckedInSpanish() {
    assertThat(say("boss", "admin set"))
        .contains("Los datos de tu organización en lecciones y escenarios:")
        .contains("• name: sin definir (se lee «tu organización»)");
    assertThat(say("boss", "admin set policy_url nope"))
        .startsWith("policy_url tiene que ser un enlace")
        .contains("Uso: `/ally admin set name|report_desk|policy_url [VALOR]`");
    assertThat(say("boss", "admin set name Acme"))
        .isEqualTo(
            "Guardado. A partir de ahora, las lecciones y los escenarios dirán «Acme» donde se"
                + " refieren a tu organización.");
  }

  @Test
  void theDashboardLinkAndTheNudgeCommandsAreInSpanish() {
    assertThat(say("boss", "dashboard"))
        .contains("Tu enlace para entrar en el panel de Allybot")
        .contains("Funciona una sola vez, durante 10 minutos");
    assertThat(say("boss", "nudges rules"))
        .contains(" reglas. Quienes administran pueden desactivar una")
        .contains("`guys` (género, considerar)");
    assertThat(say("boss", "nudges on #C-aliados"))
        .startsWith("Los avisos están activados en <#C-aliados>.");
    assertThat(say("boss", "help")).contains("*Avisos de lenguaje*");
    harness.say("alice", "language es");
    assertThat(say("alice", "nudges stats"))
        .startsWith("Solo quienes administran Allybot pueden hacer eso.");
    assertThat(say("alice", "dashboard")).startsWith("Solo quienes administran Allybot pueden");
  }
}
