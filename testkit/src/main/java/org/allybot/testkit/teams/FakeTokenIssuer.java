package org.allybot.testkit.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot Framework's token issuer, locally: RSA keys generated in the test, OpenID metadata and a
 * JWKS served over HTTP, and JWTs minted with those keys, good or deliberately bad. Point the bot's
 * OpenID metadata URL at {@link #openIdMetadataUrl()}.
 */
public final class FakeTokenIssuer implements AutoCloseable {
  /** The real issuer of tokens the Bot Framework sends to bots. */
  public static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

  /** Which key signs a token, and how the JWKS publishes it. */
  public enum SigningKey {
    /** Published, endorsed for {@code msteams}: what the Bot Framework uses. */
    ENDORSED(List.of("msteams", "webchat")),
    /** Published, endorsed for another channel only. */
    OTHER_CHANNEL(List.of("skype")),
    /** Published without any endorsements. */
    NOT_ENDORSED(null),
    /** Never published: the bot cannot know it. */
    UNPUBLISHED(List.of("msteams"));

    final List<String> endorsements;

    SigningKey(List<String> endorsements) {
      this.endorsements = endorsements;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<SigningKey, KeyPair> keys = new EnumMap<>(SigningKey.class);
  private final AtomicInteger metadataRequests = new AtomicInteger();

  private FakeTokenIssuer(HttpServer server) {
    this.server = server;
    keys.putAll(GeneratedKeys.KEYS);
  }

  /** Keys made once per test JVM: generating 2048-bit RSA keys takes a noticeable moment. */
  private static final class GeneratedKeys {
    static final Map<SigningKey, KeyPair> KEYS = generate();

    private static Map<SigningKey, KeyPair> generate() {
      Map<SigningKey, KeyPair> made = new EnumMap<>(SigningKey.class);
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        for (SigningKey key : SigningKey.values()) {
          made.put(key, generator.generateKeyPair());
        }
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      return made;
    }
  }

  /** Generates the keys and serves the metadata on a free loopback port. */
  public static FakeTokenIssuer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      FakeTokenIssuer issuer = new FakeTokenIssuer(server);
      server.createContext("/v1/.well-known/openidconfiguration", issuer::metadata);
      server.createContext("/v1/.well-known/keys", issuer::jwks);
      server.start();
      return issuer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String openIdMetadataUrl() {
    return base() + "/v1/.well-known/openidconfiguration";
  }

  /** A good token for {@code appId} and {@code serviceUrl}, ready to change into a bad one. */
  public TokenBuilder tokenFor(String appId, String serviceUrl) {
    return new TokenBuilder(this, appId, serviceUrl);
  }

  /** How many times the metadata document was fetched. */
  public int metadataRequests() {
    return metadataRequests.get();
  }

  KeyPair keyPair(SigningKey key) {
    return keys.get(key);
  }

  static String keyId(SigningKey key) {
    return "allybot-test-" + key.name().toLowerCase(java.util.Locale.ROOT);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void metadata(HttpExchange exchange) throws IOException {
    metadataRequests.incrementAndGet();
    ObjectNode doc = JSON.createObjectNode();
    doc.put("issuer", BOT_FRAMEWORK_ISSUER);
    doc.put("authorization_endpoint", base() + "/v1/auth");
    doc.put("jwks_uri", base() + "/v1/.well-known/keys");
    doc.putArray("id_token_signing_alg_values_supported").add("RS256");
    doc.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
    respond(exchange, JSON.writeValueAsString(doc));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode list = doc.putArray("keys");
    for (SigningKey key : SigningKey.values()) {
      if (key == SigningKey.UNPUBLISHED) {
        continue;
      }
      RSAPublicKey pub = (RSAPublicKey) keys.get(key).getPublic();
      ObjectNode jwk = list.addObject();
      jwk.put("kty", "RSA");
      jwk.put("use", "sig");
      jwk.put("kid", keyId(key));
      jwk.put("n", base64Url(pub.getModulus()));
      jwk.put("e", base64Url(pub.getPublicExponent()));
      if (key.endorsements != null) {
        ArrayNode endorsements = jwk.putArray("endorsements");
        key.endorsements.forEach(endorsements::add);
      }
    }
    respond(exchange, JSON.writeValueAsString(doc));
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    try (exchange) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
