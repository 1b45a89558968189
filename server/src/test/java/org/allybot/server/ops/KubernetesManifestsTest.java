package org.allybot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kustomize base in {@code deploy/k8s}: every file it lists parses, the probes ask paths the
 * server answers on the port it listens on, and every credential comes from a Secret.
 */
final class KubernetesManifestsTest {
  /** Settings that hold a secret: none may be written into a manifest. */
  private static final Set<String> CREDENTIALS =
      Set.of(
          "REDIS_URL",
          "ALLYBOT_SECRET_KEY",
          "ALLYBOT_SECRET_KEY_PREVIOUS",
          "ALLYBOT_METRICS_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_BOT_TOKEN",
          "SLACK_CLIENT_SECRET",
          "SLACK_APP_TOKEN",
          "MICROSOFT_APP_PASSWORD",
          "ALLYBOT_XAPI_PASSWORD");

  @TempDir Path data;

  @Test
  void theBaseListsAManifestOfEachKindAndEachParses() throws Exception {
    Map<String, Map<String, Object>> byKind = base();

    assertThat(byKind)
        .containsOnlyKeys(
            "Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler");
    Map<String, Object> hpaTarget =
        map(map(byKind.get("HorizontalPodAutoscaler"), "spec"), "scaleTargetRef");
    assertThat(hpaTarget.get("kind")).isEqualTo("Deployment");
    assertThat(hpaTarget.get("name")).isEqualTo(name(byKind.get("Deployment")));
    Map<String, Object> podLabels = map(map(map(spec(byKind), "template"), "metadata"), "labels");
    assertThat(podLabels)
        .containsAllEntriesOf(
            map(map(map(byKind.get("PodDisruptionBudget"), "spec"), "selector"), "matchLabels"))
        .containsAllEntriesOf(map(map(byKind.get("Service"), "spec"), "selector"));
  }

  @Test
  void theProbesAskPathsTheServerAnswersOnThePortItListensOn() throws Exception {
    Map<String, Object> container = container(base());
    Map<String, Object> port = list(container, "ports").getFirst();
    String portName = (String) port.get("name");
    int containerPort = (Integer) port.get("containerPort");
    assertThat(env(container).get("PORT")).isEqualTo(Integer.toString(containerPort));
    assertThat(Settings.from(Map.of()).port())
        .as("the server's default port")
        .isEqualTo(containerPort);
    Map<String, Object> servicePort = list(map(base().get("Service"), "spec"), "ports").getFirst();
    assertThat(servicePort.get("targetPort")).isEqualTo(portName);

    List<String> paths = new ArrayList<>();
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      Map<String, Object> get = map(map(container, probe), "httpGet");
      assertThat(get.get("port")).as(probe).isIn(portName, containerPort);
      paths.add((String) get.get("path"));
    }
    assertThat(paths).containsExactly("/healthz", "/healthz", "/readyz");
    int free = org.allybot.testkit.EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(free, runtime, HttpServer.metrics())) {
      for (String path : paths) {
        assertThat(get(free, path)).as(path).isEqualTo(200);
      }
      assertThat(get(free, "/metrics")).isEqualTo(200);
    }
  }

  @Test
  void thePodRunsAsNonRootOnAReadOnlyRootWithRequestsLimitsAndTimeToStop() throws Exception {
    Map<String, Map<String, Object>> byKind = base();
    Map<String, Object> pod = map(spec(byKind), "template");
    Map<String, Object> podSpec = map(pod, "spec");
    Map<String, Object> container = container(byKind);

    assertThat(map(podSpec, "securityContext")).containsEntry("runAsNonRoot", true);
    assertThat(map(container, "securityContext"))
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
    assertThat(map(map(container, "resources"), "limits")).containsKeys("cpu", "memory");
    // Longer than ServeCommand's 30 s wait for an orderly stop.
    assertThat((Integer) podSpec.get("terminationGracePeriodSeconds")).isGreaterThan(30);
  }

  @Test
  void everyCredentialComesFromASecretAndNoneIsWrittenOut() throws Exception {
    List<Map<String, Object>> env = list(container(base()), "env");

    for (Map<String, Object> variable : env) {
      String name = (String) variable.get("name");
      if (CREDENTIALS.contains(name)) {
        assertThat(variable).as(name).doesNotContainKey("value");
        assertThat(map(map(variable, "valueFrom"), "secretKeyRef")).as(name).containsKey("name");
      }
    }
    assertThat(env).extracting(v -> v.get("name")).containsAll(CREDENTIALS);
  }

  @Test
  void theRedisExampleIsMarkedAsAnExampleAndParses() throws Exception {
    Path example = k8s().resolve("examples/redis");
    for (String file : List.of("kustomization.yaml", "statefulset.yaml")) {
      String text = Files.readString(example.resolve(file));
      assertThat(text).as(file).contains("EXAMPLE ONLY");
      new Yaml().loadAll(text).forEach(doc -> assertThat(doc).isNotNull());
    }
    assertThat(Files.readString(k8s().resolve("secret.example.yaml"))).contains("EXAMPLE ONLY");
  }

  /** The documents of the files kustomization.yaml lists, by kind. */
  private static Map<String, Map<String, Object>> base() throws Exception {
    Map<String, Object> kustomization = load(k8s().resolve("kustomization.yaml")).getFirst();
    Map<String, Map<String, Object>> byKind = new java.util.HashMap<>();
    for (Object file : (List<?>) kustomization.get("resources")) {
      for (Map<String, Object> doc : load(k8s().resolve((String) file))) {
        byKind.put((String) doc.get("kind"), doc);
      }
    }
    return byKind;
  }

  private static Map<String, Object> spec(Map<String, Map<String, Object>> byKind) {
    return map(byKind.get("Deployment"), "spec");
  }

  private static Map<String, Object> container(Map<String, Map<String, Object>> byKind) {
    return list(map(map(spec(byKind), "template"), "spec"), "containers").getFirst();
  }

  private static Map<String, String> env(Map<String, Object> container) {
    Map<String, String> values = new java.util.HashMap<>();
    for (Map<String, Object> variable : list(container, "env")) {
      if (variable.get("value") != null) {
        values.put((String) variable.get("name"), variable.get("value").toString());
      }
    }
    return values;
  }

  private static String name(Map<String, Object> doc) {
    return (String) map(doc, "metadata").get("name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> load(Path file) throws Exception {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Yaml().loadAll(Files.readString(file))) {
      docs.add((Map<String, Object>) doc);
    }
    return docs;
  }

  /** deploy/k8s, found by walking up from the module to the repository's root. */
  private static Path k8s() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("deploy/k8s"))) {
      dir = dir.getParent();
    }
    return dir.resolve("deploy/k8s");
  }

  private static int get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
