package org.allybot.content;

/** Spanish translations of {@link PackFixtures}' lesson and scenario, in the pack's format. */
final class TranslationFixtures {
  static final String CUERPO =
      "Palabras de prueba para el cuerpo de una lección lo bastante largo para la regla. "
          .repeat(7);
  static final String COMENTARIO =
      "Un comentario de prueba que dice qué hace bien esta opción y qué arriesga para todo el mundo. "
          .repeat(2);

  static final String LESSON_ES =
      """
      kind: lessons
      language: es
      items:
        - id: org-lesson-one
          version: 1
          title: Nuestra propia lección
          body: "%s"
          try: "Prueba esta semana una cosa pequeña y concreta con tu equipo."
      """
          .formatted(CUERPO);

  static final String SCENARIO_ES =
      """
      kind: scenarios
      language: es
      items:
        - id: org-scenario-one
          version: 1
          title: Nuestro propio escenario
          situation: "%s"
          takeaway: "Una conclusión breve que resume la idea de este escenario."
          options:
            - {id: a, label: Primera, text: "Haz lo primero que se te ocurra.", feedback: "%s"}
            - {id: b, label: Segunda, text: "Haz lo segundo que se te ocurra.", feedback: "%s"}
            - {id: c, label: Tercera, text: "Haz lo tercero que se te ocurra.", feedback: "%s"}
          steps:
            - id: later
              situation: "Te dan las gracias, pero luego alguien dice que te pasaste. ¿Y ahora qué?"
              takeaway: "Una conclusión breve para el paso siguiente del escenario."
              options:
                - {id: a, label: Explicar, text: "Explica con calma por qué hablaste.", feedback: "%s"}
                - {id: b, label: Disculparse, text: "Discúlpate y cambia de tema.", feedback: "%s"}
                - {id: c, label: Preguntar, text: "Pregunta qué habrían preferido en tu lugar.", feedback: "%s"}
      """
          .formatted(
              CUERPO.substring(0, 300),
              COMENTARIO,
              COMENTARIO,
              COMENTARIO,
              COMENTARIO,
              COMENTARIO,
              COMENTARIO);

  private TranslationFixtures() {}
}
