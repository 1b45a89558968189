package org.allybot.core.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The IRIs of Allybot's statements: ADL's verbs and activity types where ADL has one, and the ones
 * Allybot mints under its public URL (the "committed" verb, its activities and extensions), which
 * the server describes at those addresses.
 */
public final class XapiVocabulary {
  public static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
  public static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  public static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";

  static final String QUESTION = "http://adlnet.gov/expapi/activities/question";
  static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
  static final String OBJECTIVE = "http://adlnet.gov/expapi/activities/objective";
  static final String SURVEY = "http://id.tincanapi.com/activitytype/survey";

  /** Where Allybot's own terms live, under the public URL. */
  public static final String PATH = "/xapi/";

  private final String base;

  /** {@code publicUrl} is {@code ALLYBOT_PUBLIC_URL}; a trailing slash is ignored. */
  public XapiVocabulary(String publicUrl) {
    this.base = publicUrl.replaceAll("/+$", "");
  }

  /** The account home page of every actor: Allybot's public URL. */
  public String homePage() {
    return base;
  }

  /** The verb ADL does not have: a member committed to try a lesson's practice. */
  public String committed() {
    return base + PATH + "verbs/committed";
  }

  /** The context extension that lists the senses of an ally an activity practises. */
  public String sensesExtension() {
    return base + PATH + "extensions/senses";
  }

  /** The result extension with the verdict of a poll answer: strong, reasonable or risky. */
  public String verdictExtension() {
    return base + PATH + "extensions/verdict";
  }

  /** An activity's IRI, such as {@code https://host/xapi/activities/lesson/act-small-moves}. */
  public String activity(String kind, String... ids) {
    return base
        + PATH
        + "activities/"
        + kind
        + Arrays.stream(ids)
            .map(id -> "/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
            .collect(Collectors.joining());
  }
}
