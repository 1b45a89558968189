package org.allybot.server.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allybot.core.xapi.ActorMode;

/**
 * The xAPI export's part of the environment. The export is on when {@code ALLYBOT_XAPI_ENDPOINT},
 * {@code ALLYBOT_XAPI_USERNAME} and {@code ALLYBOT_XAPI_PASSWORD} are all set (some but not all is
 * an error); {@code ALLYBOT_XAPI_ACTOR} is {@code pseudonym} (the default) or {@code email}. The
 * password never appears in {@link #toString()}.
 */
public record XapiSettings(
    String endpoint, String username, String password, ActorMode actor, Duration timeout) {
  static final List<String> CREDENTIALS =
      List.of("ALLYBOT_XAPI_ENDPOINT", "ALLYBOT_XAPI_USERNAME", "ALLYBOT_XAPI_PASSWORD");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The statements resource, where batches are posted. */
  public URI statements() {
    return URI.create(endpoint + "/statements");
  }

  /**
   * The settings, or null when the export is off; every problem found is added to {@code problems}.
   * {@code publicUrlSet} says whether {@code ALLYBOT_PUBLIC_URL} was given.
   */
  public static XapiSettings from(
      Map<String, String> env, boolean publicUrlSet, List<String> problems) {
    List<String> missing = CREDENTIALS.stream().filter(n -> get(env, n).isEmpty()).toList();
    String actorRaw = get(env, "ALLYBOT_XAPI_ACTOR").toLowerCase(Locale.ROOT);
    if (missing.size() == CREDENTIALS.size()) {
      if (!actorRaw.isEmpty()) {
        problems.add(
            "ALLYBOT_XAPI_ACTOR is set but the xAPI export is off; set ALLYBOT_XAPI_ENDPOINT,"
                + " ALLYBOT_XAPI_USERNAME and ALLYBOT_XAPI_PASSWORD, or unset it");
      }
      return null;
    }
    int before = problems.size();
    missing.forEach(name ->
        problems.add(
            name
                + " is missing; the xAPI export needs "
                + String.join(", ", CREDENTIALS)
                + " together"));
    String endpoint = get(env, "ALLYBOT_XAPI_ENDPOINT").replaceAll("/+$", "");
    if (!endpoint.isEmpty() && !isHttpUrl(endpoint)) {
      problems.add(
          "ALLYBOT_XAPI_ENDPOINT must be an http(s) URL without query or fragment, such as"
              + " https://lrs.example.com/xapi (statements are posted to its /statements)");
    }
    ActorMode actor = ActorMode.PSEUDONYM;
    switch (actorRaw) {
      case "", "pseudonym" -> actor = ActorMode.PSEUDONYM;
      case "email" -> actor = ActorMode.EMAIL;
      default -> problems.add("ALLYBOT_XAPI_ACTOR must be pseudonym or email");
    }
    if (!publicUrlSet) {
      problems.add(
          "ALLYBOT_PUBLIC_URL is required with the xAPI export: it is the home page of"
              + " every actor's account and the base of Allybot's own xAPI IRIs");
    }
    if (problems.size() > before) {
      return null;
    }
    return new XapiSettings(
        endpoint,
        get(env, "ALLYBOT_XAPI_USERNAME"),
        get(env, "ALLYBOT_XAPI_PASSWORD"),
        actor,
        TIMEOUT);
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null
          && uri.getScheme().matches("https?")
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String get(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null ? "" : v.strip();
  }

  /** As these, with another request timeout (tests make it short). */
  public XapiSettings withTimeout(Duration value) {
    return new XapiSettings(endpoint, username, password, actor, value);
  }

  @Override
  public String toString() {
    return "XapiSettings[endpoint="
        + endpoint
        + ", username="
        + username
        + ", actor="
        + actor
        + ", timeout="
        + timeout
        + "]";
  }
}
