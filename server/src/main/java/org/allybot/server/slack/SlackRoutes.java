package org.allybot.server.slack;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.slack.SlackEndpoint;
import org.allybot.slack.SlackHttpRequest;
import org.allybot.slack.SlackHttpResponse;

/**
 * Serves the Slack endpoint on Javalin: {@code POST /slack/events} (bodies read up to 1 MB and one
 * byte, so a larger one is refused without being held whole), and in OAuth mode {@code GET
 * /slack/install} and {@code /slack/oauth_redirect}.
 */
final class SlackRoutes {
  private SlackRoutes() {}

  static void add(JavalinConfig config, SlackEndpoint endpoint) {
    config.routes.post(
        SlackEndpoint.EVENTS_PATH, ctx -> answer(ctx, endpoint.events(request(ctx, true))));
    if (endpoint.oauthEnabled()) {
      config.routes.get(
          SlackEndpoint.INSTALL_PATH, ctx -> answer(ctx, endpoint.oauth(request(ctx, false))));
      config.routes.get(
          SlackEndpoint.REDIRECT_PATH, ctx -> answer(ctx, endpoint.oauth(request(ctx, false))));
    }
  }

  private static SlackHttpRequest request(Context ctx, boolean withBody) throws IOException {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : ctx.headerMap().keySet()) {
      headers.put(
          name,
          ctx.req().getHeaders(name) == null
              ? List.of()
              : java.util.Collections.list(ctx.req().getHeaders(name)));
    }
    byte[] body = new byte[0];
    if (withBody) {
      long declared = ctx.contentLength();
      body =
          declared > SlackEndpoint.MAX_BODY_BYTES
              ? new byte[SlackEndpoint.MAX_BODY_BYTES + 1]
              : read(ctx.bodyInputStream(), SlackEndpoint.MAX_BODY_BYTES + 1);
    }
    return new SlackHttpRequest(ctx.path(), ctx.queryParamMap(), headers, body, ctx.ip());
  }

  private static byte[] read(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static void answer(Context ctx, SlackHttpResponse r) {
    ctx.status(r.status()).contentType(r.contentType());
    r.headers().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
    ctx.result(r.body());
  }
}
