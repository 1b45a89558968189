package org.allybot.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.server.runtime.TempFolder;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The runtime on its default (embedded) Redis in a data folder of its own, and the HTTP server on a
 * free port in front of it: the set-up of a test that reads the server's pages over HTTP. A test
 * takes one as a parameter under {@code @ExtendWith(RunningServer.Each.class)}; it is closed, and
 * its folder deleted, when that test ends.
 */
public final class RunningServer implements AutoCloseable {
  private final TempFolder data;
  private final AllybotRuntime runtime;
  private final HttpServer http;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private RunningServer(TempFolder data, AllybotRuntime runtime, HttpServer http, int port) {
    this.data = data;
    this.runtime = runtime;
    this.http = http;
    this.port = port;
  }

  /** Starts one; the caller closes it. */
  public static RunningServer start() {
    TempFolder data = TempFolder.create("allybot-http-test");
    AllybotRuntime runtime = null;
    try {
      runtime =
          AllybotRuntime.start(
              Settings.from(Map.of("ALLYBOT_DATA_DIR", data.path().toString())),
              Map.of(),
              Clock.systemUTC());
      int port = EmbeddedRedisExtension.freePort();
      return new RunningServer(
          data, runtime, HttpServer.start(port, runtime, HttpServer.metrics()), port);
    } catch (RuntimeException e) {
      if (runtime != null) {
        runtime.close();
      }
      data.close();
      throw e;
    }
  }

  public AllybotRuntime runtime() {
    return runtime;
  }

  /** Where the server listens, as {@code http://127.0.0.1:port}. */
  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** A GET of a path on this server ({@code /privacy}) or of a whole URL. */
  public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
    return send(request(pathOrUrl));
  }

  /** The same, with one request header. */
  public HttpResponse<String> get(String pathOrUrl, String header, String value)
      throws IOException, InterruptedException {
    return send(request(pathOrUrl).header(header, value));
  }

  private HttpRequest.Builder request(String pathOrUrl) {
    return HttpRequest.newBuilder(
        URI.create(pathOrUrl.startsWith("/") ? base() + pathOrUrl : pathOrUrl));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    try (data;
        runtime) {
      http.close();
    }
  }

  /** Gives each test that asks for a {@link RunningServer} one of its own. */
  public static final class Each implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(RunningServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == RunningServer.class;
    }

    @Override
    public RunningServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
      RunningServer server = start();
      context.getStore(NAMESPACE).put(new Object(), server); // closed when the test ends
      return server;
    }
  }
}
