package org.allybot.server.teams;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.allybot.teams.TeamsEndpoint;
import org.allybot.teams.TeamsResponse;

/** {@code POST /api/messages}: hands the request to the Teams endpoint and writes its answer. */
final class TeamsRoute implements Handler {
  private final TeamsEndpoint endpoint;

  TeamsRoute(TeamsEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public void handle(Context ctx) {
    TeamsResponse response = endpoint.receive(ctx.header("Authorization"), ctx.body());
    // Answers are a few kilobytes of JSON to a nearby service: gzip would only cost time.
    ctx.disableCompression();
    ctx.status(response.status());
    if (response.hasBody()) {
      ctx.contentType("application/json; charset=utf-8").result(response.body());
    }
  }
}
