package org.allybot.server.dashboard;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.allybot.core.language.Language;
import org.allybot.server.web.PlainAnswer;

/**
 * The dashboard's own style sheet and script, and Chart.js from its WebJar, all read from the jar
 * once at start: nothing comes from a CDN, and a missing file fails the start rather than a page.
 */
final class StaticAssets {
  private static final String OWN = "/allybot/dashboard/";
  private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/";
  private static final String CSS = "text/css; charset=utf-8";
  private static final String JS = "text/javascript; charset=utf-8";

  private record Asset(String contentType, byte[] bytes) {}

  private final Map<String, Asset> assets;
  private final Language workspaceDefault;

  StaticAssets(Language workspaceDefault) {
    this.workspaceDefault = workspaceDefault;
    this.assets =
        Map.of(
            "dashboard.css", new Asset(CSS, read(OWN + "dashboard.css")),
            "dashboard.js", new Asset(JS, read(OWN + "dashboard.js")),
            "chart.umd.min.js",
                new Asset(JS, read(CHART_JS + chartJsVersion() + "/dist/chart.umd.min.js")));
  }

  void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("file"));
    if (asset == null) {
      PlainAnswer.notFound(ctx, workspaceDefault);
      return;
    }
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  /** The WebJar's version, from its Maven metadata, so that upgrading it is a pom change only. */
  static String chartJsVersion() {
    Properties p = new Properties();
    try (InputStream in =
        StaticAssets.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the Chart.js WebJar is missing from the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  private static byte[] read(String path) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing dashboard asset " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
