package org.allybot.teams;

import java.util.Objects;
import org.allybot.teams.auth.TokenEndpointCredentials;

/**
 * The Teams adapter's settings, built from the environment by the server. {@code tenantId} is set
 * for single-tenant bots (the outbound token then comes from that tenant); {@code tokenUrl} and
 * {@code openIdMetadataUrl} point at Microsoft's endpoints unless overridden for tests or sovereign
 * clouds; {@code allowAnonymous} lets requests without a token in, for the local emulator only.
 */
public record TeamsConfig(
    String appId,
    String appPassword,
    String tenantId,
    String openIdMetadataUrl,
    String tokenUrl,
    boolean allowAnonymous) {
  /** Where the Bot Framework publishes the keys that sign its requests to bots. */
  public static final String BOT_FRAMEWORK_OPENID_URL =
      "https://login.botframework.com/v1/.well-known/openidconfiguration";

  public TeamsConfig {
    appId = Objects.requireNonNullElse(appId, "").strip();
    appPassword = Objects.requireNonNullElse(appPassword, "");
    tenantId = Objects.requireNonNullElse(tenantId, "").strip();
    openIdMetadataUrl =
        blank(openIdMetadataUrl) ? BOT_FRAMEWORK_OPENID_URL : openIdMetadataUrl.strip();
    tokenUrl =
        blank(tokenUrl) ? TokenEndpointCredentials.defaultTokenUrl(tenantId) : tokenUrl.strip();
  }

  /** Teams is on when an app id is set, or when anonymous (emulator) requests are allowed. */
  public boolean enabled() {
    return !appId.isEmpty() || allowAnonymous;
  }

  /** The bot's own account id in Teams conversations. */
  public String botAccountId() {
    return "28:" + appId;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public String toString() {
    return "TeamsConfig[appId="
        + appId
        + ", password="
        + (appPassword.isEmpty() ? "unset" : "set")
        + ", tenantId="
        + (tenantId.isEmpty() ? "multi-tenant" : tenantId)
        + ", openIdMetadataUrl="
        + openIdMetadataUrl
        + ", tokenUrl="
        + tokenUrl
        + ", allowAnonymous="
        + allowAnonymous
        + "]";
  }
}
