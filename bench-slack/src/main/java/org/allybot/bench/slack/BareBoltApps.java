package org.allybot.bench.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.Javalin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackSigner;

/**
 * The two yardsticks, served the same way as Allybot (Javalin, {@code App.run}) with Bolt's own
 * defaults: (a) a handler that only acks; (b) a minimal poll that keeps answers in a HashMap and
 * calls {@code chat.update} (against the fake) before acking.
 */
final class BareBoltApps {
  private BareBoltApps() {}

  static Javalin ackOnly(FakeSlackApi fake) {
    App app = app(fake);
    app.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
    return serve(app);
  }

  static Javalin hashMapPoll(FakeSlackApi fake) {
    App app = app(fake);
    Map<String, String> answers = new HashMap<>();
    app.blockAction(
        Pattern.compile(".*"),
        (req, ctx) -> {
          var p = req.getPayload();
          var action = p.getActions().getFirst();
          synchronized (answers) {
            answers.put(p.getUser().getId() + "|" + action.getActionId(), action.getValue());
          }
          ctx.client()
              .chatUpdate(r ->
                  r.channel(p.getChannel().getId())
                      .ts(p.getMessage().getTs())
                      .text("You chose " + action.getValue()));
          return ctx.ack();
        });
    return serve(app);
  }

  private static App app(FakeSlackApi fake) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    return new App(
        AppConfig.builder()
            .slack(Slack.getInstance(config))
            .signingSecret(SlackSigner.SECRET)
            .singleTeamBotToken(FakeSlackApi.BOT_TOKEN)
            .clientId(null)
            .clientSecret(null)
            .build());
  }

  private static Javalin serve(App app) {
    app.start();
    SlackRequestParser parser = new SlackRequestParser(app.config());
    Javalin http =
        Javalin.create(config -> {
          config.startup.showJavalinBanner = false;
          config.routes.post(
              "/slack/events",
              ctx -> {
                Map<String, List<String>> headers = new HashMap<>();
                ctx.headerMap().forEach((k, v) -> headers.put(k, List.of(v)));
                Response r =
                    app.run(
                        parser.parse(
                            SlackRequestParser.HttpRequest.builder()
                                .requestUri(ctx.path())
                                .queryString(ctx.queryParamMap())
                                .requestBody(ctx.body())
                                .headers(new RequestHeaders(headers))
                                .build()));
                ctx.status(r.getStatusCode());
                if (r.getBody() != null) {
                  ctx.contentType(r.getContentType()).result(r.getBody());
                }
              });
        });
    return http.start("127.0.0.1", 0);
  }
}
