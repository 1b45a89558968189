package org.allybot.teams;

/**
 * What to answer the Bot Framework's HTTP request with: a status and a JSON body (empty for none).
 */
public record TeamsResponse(int status, String body) {
  static TeamsResponse ok() {
    return new TeamsResponse(200, "");
  }

  static TeamsResponse unauthorized() {
    return new TeamsResponse(401, "{\"error\":\"unauthorized\"}");
  }

  static TeamsResponse badRequest(String why) {
    return new TeamsResponse(400, "{\"error\":\"" + why.replace("\"", "'") + "\"}");
  }

  static TeamsResponse unavailable() {
    return new TeamsResponse(503, "{\"error\":\"the bot's store is unavailable; try again\"}");
  }

  static TeamsResponse failed() {
    return new TeamsResponse(500, "{\"error\":\"the bot could not handle this activity\"}");
  }

  public boolean hasBody() {
    return !body.isEmpty();
  }
}
