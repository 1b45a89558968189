package org.allybot.server.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The Teams app's Spanish localization file ({@code es.json}): the app's name and descriptions and
 * each command's description. The command titles stay English, as the commands themselves do.
 */
final class TeamsLocalization {
  static final String FILE = "es.json";
  static final String LANGUAGE = "es";
  static final String SCHEMA =
      "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.Localization.schema.json";

  /** Descriptions in the order of {@link TeamsManifest#PERSONAL}. */
  static final List<String> PERSONAL =
      List.of(
          "Lo que Allybot puede hacer",
          "Un escenario de «¿qué harías?» ahora",
          "Una microlección ahora",
          "Lleva una situación real a la comunidad (anónima si quieres)",
          "Tu propia práctica",
          "Informa de una microagresión de forma confidencial",
          "Cuándo llegan las lecciones y encuestas (tu hora local)",
          "Talleres, encuentros y círculos de escucha próximos",
          "Para todo (optin lo retoma)",
          "Borra todos tus datos");

  /** Descriptions in the order of {@link TeamsManifest#SHARED}. */
  static final List<String> SHARED =
      List.of(
          "Lo que Allybot puede hacer (las respuestas llegan en privado)",
          "Una encuesta de escenario, enviada en privado",
          "Una microlección, enviada en privado",
          "Lleva una situación a la comunidad (el formulario llega en privado)",
          "Cuestionarios pendientes, enviados en privado",
          "Administración: empieza una campaña con un formulario",
          "Administración: las campañas y sus horarios",
          "Talleres y encuentros próximos, enviados en privado",
          "Administración: el informe de una campaña, en privado",
          "Administración: un enlace de acceso al panel web");

  private TeamsLocalization() {}

  /** The {@code localizationInfo} the manifest carries. */
  static ObjectNode info() {
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    info.put("defaultLanguageTag", "en-us");
    info.putArray("additionalLanguages").addObject().put("languageTag", LANGUAGE).put("file", FILE);
    return info;
  }

  static ObjectNode spanish() {
    ObjectNode es = JsonNodeFactory.instance.objectNode();
    es.put("$schema", SCHEMA);
    es.put("name.short", "Allybot");
    es.put("name.full", "Allybot: práctica de alianza en el trabajo");
    es.put("description.short", "Unos minutos a la semana para practicar la alianza, en Teams");
    es.put(
        "description.full",
        "Allybot mantiene viva la formación en alianza entre talleres: microlecciones breves,"
            + " encuestas de escenarios de «¿qué harías?» con comentarios y resultados del grupo,"
            + " un resumen semanal y un canal de comunidad donde las personas aliadas traen"
            + " situaciones reales y reciben consejos de sus compañeros, de forma anónima si"
            + " quieren. Las respuestas son privadas; quienes administran solo ven totales de"
            + " grupos de cinco personas o más.");
    descriptions(es, 0, PERSONAL);
    descriptions(es, 1, SHARED);
    return es;
  }

  private static void descriptions(ObjectNode es, int list, List<String> descriptions) {
    for (int i = 0; i < descriptions.size(); i++) {
      es.put(
          "bots[0].commandLists[" + list + "].commands[" + i + "].description",
          descriptions.get(i));
    }
  }
}
