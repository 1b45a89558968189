package org.allybot.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.server.runtime.Settings;
import org.allybot.server.runtime.Settings.SettingsException;
import org.allybot.server.teams.TeamsSettings;
import org.allybot.teams.TeamsConfig;

/**
 * Everything {@code serve} reads from the environment: the server's settings and each platform's. A
 * bad start-up lists every problem of every part at once.
 */
public record ServeSettings(Settings server, Optional<TeamsConfig> teams) {
  public static ServeSettings from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Settings server = null;
    try {
      server = Settings.from(env);
    } catch (SettingsException e) {
      problems.addAll(e.problems());
    }
    Optional<TeamsConfig> teams = Optional.empty();
    try {
      teams = TeamsSettings.from(env);
    } catch (SettingsException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    return new ServeSettings(server, teams);
  }
}
