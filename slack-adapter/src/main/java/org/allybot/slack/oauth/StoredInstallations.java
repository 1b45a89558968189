package org.allybot.slack.oauth;

import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.Platform;
import org.allybot.core.SecretBox;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.Keys;
import org.allybot.slack.SlackEndpoint;
import org.allybot.slack.SlackStore;
import org.allybot.slack.SlackTokens;
import org.allybot.slack.handler.TokenRevocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth installations in the shared store: one hash per workspace, inside the workspace's own key
 * namespace (so deleting a workspace's data deletes its tokens too), holding the bot, the latest
 * installer and each installing user. Every value holds tokens, so each is sealed with AES-GCM
 * under a key derived from {@code ALLYBOT_SECRET_KEY} and bound to its own key and field: a copy of
 * the Redis data alone gives no token, and a value moved to another field or workspace does not
 * open.
 */
public final class StoredInstallations
    implements InstallationService, SlackTokens, TokenRevocation {
  private static final Gson GSON = GsonFactory.createSnakeCase();
  private static final String BOT = "bot";
  private static final String INSTALLER = "installer";
  private static final String ENTERPRISE = "enterprise";
  private static final Logger LOG = LoggerFactory.getLogger(StoredInstallations.class);

  private final SlackStore store;
  private final SecretBox box;
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

  public StoredInstallations(SlackStore store, SecretBox box) {
    this.store = store;
    this.box = box;
  }

  static String key(String teamId) {
    return Keys.of(new WorkspaceId(Platform.SLACK, teamId), "slack", "installation");
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    // Only the latest installation is kept.
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    String key = key(team(installer.getEnterpriseId(), installer.getTeamId()));
    if (installer.getBotAccessToken() != null) {
      put(key, BOT, installer.toBot());
    }
    put(key, INSTALLER, installer);
    if (installer.getInstallerUserId() != null) {
      put(key, user(installer.getInstallerUserId()), installer);
    }
  }

  @Override
  public void saveBot(Bot bot) {
    put(key(team(bot.getEnterpriseId(), bot.getTeamId())), BOT, bot);
  }

  @Override
  public void deleteBot(Bot bot) {
    store.deleteFields(key(team(bot.getEnterpriseId(), bot.getTeamId())), BOT);
  }

  @Override
  public void deleteInstaller(Installer installer) {
    String key = key(team(installer.getEnterpriseId(), installer.getTeamId()));
    store.deleteFields(key, INSTALLER);
    if (installer.getInstallerUserId() != null) {
      store.deleteFields(key, user(installer.getInstallerUserId()));
    }
  }

  /**
   * An org-wide (Enterprise Grid) install comes first, as in Bolt's own installation stores; a
   * workspace it covers is remembered, so that {@link #botToken} finds the org's token for it too.
   */
  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    if (enterpriseId != null) {
      Optional<Bot> org = bot(enterpriseId);
      if (org.isPresent()) {
        if (teamId != null && !teamId.equals(enterpriseId) && linked.add(teamId)) {
          store.putField(key(teamId), ENTERPRISE, enterpriseId);
        }
        return org.get();
      }
    }
    String team = team(enterpriseId, teamId);
    return team == null ? null : bot(team).orElse(null);
  }

  private Optional<Bot> bot(String team) {
    return get(key(team), BOT).map(j -> GSON.fromJson(j, DefaultBot.class));
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    String team = team(enterpriseId, teamId);
    if (team == null) {
      return null;
    }
    Optional<String> json =
        userId == null ? get(key(team), INSTALLER) : get(key(team), user(userId));
    return json.map(j -> GSON.fromJson(j, DefaultInstaller.class)).orElse(null);
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    String team = team(enterpriseId, teamId);
    if (team != null) {
      store.delete(key(team));
      linked.remove(team);
    }
  }

  /** The workspace's own install's token, or that of the org-wide install known to cover it. */
  @Override
  public Optional<String> botToken(String teamId) {
    Optional<Bot> own = bot(teamId);
    return (own.isPresent() ? own : store.field(key(teamId), ENTERPRISE).flatMap(this::bot))
        .map(Bot::getBotAccessToken);
  }

  @Override
  public void workspaceGone(String teamId) {
    deleteAll(null, teamId);
  }

  @Override
  public void usersRevoked(String teamId, List<String> userIds) {
    String key = key(teamId);
    store.deleteFields(key, userIds.stream().map(StoredInstallations::user).toArray(String[]::new));
    get(key, INSTALLER)
        .map(j -> GSON.fromJson(j, DefaultInstaller.class))
        .filter(i -> userIds.contains(i.getInstallerUserId()))
        .ifPresent(i -> {
          // Keep the bot's part of the latest installation, without the revoked user token.
          i.setInstallerUserAccessToken(null);
          i.setInstallerUserRefreshToken(null);
          put(key, INSTALLER, i);
        });
  }

  private void put(String key, String field, Object value) {
    store.putField(key, field, box.seal(GSON.toJson(value), key + "#" + field));
  }

  /**
   * The opened value; a damaged one, or one sealed under another key, counts as absent, and the
   * first such value of each workspace is logged (by key, never by content) for operators.
   */
  private Optional<String> get(String key, String field) {
    Optional<String> sealed = store.field(key, field);
    Optional<String> opened = sealed.flatMap(value -> box.open(value, key + "#" + field));
    if (sealed.isPresent() && opened.isEmpty() && unreadable.add(key)) {
      LOG.warn(
          "A stored Slack installation ({}) does not open with this ALLYBOT_SECRET_KEY: was the"
              + " key changed? Until the old key is back or the workspace installs again at {},"
              + " Allybot treats it as not installed",
          key,
          SlackEndpoint.INSTALL_PATH);
    }
    return opened;
  }

  private static String user(String userId) {
    return "user:" + userId;
  }

  /** Org-wide installs have no team id; they are keyed by the enterprise id instead. */
  private static String team(String enterpriseId, String teamId) {
    return teamId != null ? teamId : enterpriseId;
  }
}
