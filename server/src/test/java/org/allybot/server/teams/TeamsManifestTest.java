package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.allybot.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TeamsManifestTest {
  static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Map<String, byte[]> writePackage(String... extra) throws Exception {
    Path zip = dir.resolve("allybot-teams.zip");
    String[] args = new String[4 + extra.length];
    args[0] = "--app-id";
    args[1] = APP_ID;
    args[2] = "--out";
    args[3] = zip.toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    TeamsManifestCommand command = new TeamsManifestCommand();
    command.env = Map.of("ALLYBOT_PUBLIC_URL", "https://allybot.example.org/");
    assertThat(new CommandLine(command).execute(args)).isZero();
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** Draft-04, with ECMA-262 patterns as JSON Schema means them (joni, not java.util.regex). */
  private static Schema schema(Path file) throws Exception {
    return SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            registry ->
                registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                        .build()))
        .getSchema(Files.readString(file));
  }

  private JsonNode manifest(String... extra) throws Exception {
    return JSON.readTree(writePackage(extra).get(TeamsAppPackage.MANIFEST));
  }

  @Test
  void theManifestValidatesAgainstMicrosoftsSchema() throws Exception {
    Path schemaFile = SharedSchemas.require("schemas/teams-manifest-v1.29.schema.json");
    Schema schema = schema(schemaFile);

    var errors = schema.validate(manifest().toString(), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesABrokenManifest() throws Exception {
    Path schemaFile = SharedSchemas.require("schemas/teams-manifest-v1.29.schema.json");
    Schema schema = schema(schemaFile);
    var broken = (com.fasterxml.jackson.databind.node.ObjectNode) manifest();
    broken.put("accentColor", "purple");

    assertThat(schema.validate(broken.toString(), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theBotIsInEveryScopeWithCommandsWithinTheSchemasLimit() throws Exception {
    JsonNode bot = manifest().path("bots").get(0);
    Path schemaFile = SharedSchemas.require("schemas/teams-manifest-v1.29.schema.json");
    int limit =
        JSON.readTree(Files.readString(schemaFile))
            .at("/properties/bots/items/properties/commandLists/items/properties/commands/maxItems")
            .asInt();

    assertThat(bot.path("botId").asText()).isEqualTo(APP_ID);
    assertThat(bot.path("scopes").toString()).contains("personal", "team", "groupChat");
    assertThat(bot.path("commandLists")).hasSize(2);
    for (JsonNode list : bot.path("commandLists")) {
      assertThat(list.path("commands").findValuesAsText("title")).contains("help", "poll", "ask");
      assertThat(list.path("commands").size())
          .isPositive()
          .isLessThanOrEqualTo(Math.min(limit, 10));
      for (JsonNode command : list.path("commands")) {
        assertThat(command.path("title").asText().length()).isLessThanOrEqualTo(32);
      }
    }
  }

  @Test
  void bothCommandListsOfferTheProgrammeCalendarInEnglishAndSpanish() throws Exception {
    Map<String, byte[]> entries = writePackage();
    JsonNode lists =
        JSON.readTree(entries.get(TeamsAppPackage.MANIFEST))
            .path("bots")
            .get(0)
            .path("commandLists");
    JsonNode es = JSON.readTree(entries.get("es.json"));

    for (int list = 0; list < 2; list++) {
      List<String> titles = lists.get(list).path("commands").findValuesAsText("title");
      assertThat(titles).as("list " + list).contains("event list").hasSizeLessThanOrEqualTo(10);
      String key =
          "bots[0].commandLists[" + list + "].commands[" + titles.indexOf("event list") + "]";
      assertThat(es.path(key + ".description").asText()).contains("Talleres");
    }
    assertThat(lists.get(0).path("commands").findValuesAsText("title"))
        .contains("optout", "forget-me", "time 09:30");
    assertThat(lists.get(1).path("commands").findValuesAsText("title"))
        .contains("dashboard", "campaign report");
  }

  @Test
  void declaresTheRecogniseAllyshipMessageActionForTheBot() throws Exception {
    JsonNode extension = manifest().path("composeExtensions").get(0);

    assertThat(extension.path("botId").asText()).isEqualTo(APP_ID);
    JsonNode command = extension.path("commands").get(0);
    assertThat(command.path("id").asText())
        .isEqualTo(org.allybot.teams.ThanksMessageAction.COMMAND_ID);
    assertThat(command.path("type").asText()).isEqualTo("action");
    assertThat(command.path("title").asText()).isEqualTo("Recognise allyship");
    assertThat(command.path("context").toString()).isEqualTo("[\"message\"]");
    assertThat(command.path("fetchTask").asBoolean()).isTrue();
  }

  @Test
  void asksForTheChannelMessagePermissionAndLinksThePages() throws Exception {
    JsonNode m = manifest();

    assertThat(m.path("manifestVersion").asText()).isEqualTo("1.29");
    assertThat(m.at("/authorization/permissions/resourceSpecific/0/name").asText())
        .isEqualTo("ChannelMessage.Read.Group");
    assertThat(m.at("/developer/websiteUrl").asText()).isEqualTo("https://allybot.example.org/");
    assertThat(m.at("/developer/privacyUrl").asText())
        .isEqualTo("https://allybot.example.org/privacy");
    assertThat(m.at("/developer/termsOfUseUrl").asText())
        .isEqualTo("https://allybot.example.org/terms");
  }

  @Test
  void givenUrlsWinOverThePublicUrl() throws Exception {
    JsonNode m = manifest("--terms-url", "https://legal.example.org/allybot");

    assertThat(m.at("/developer/termsOfUseUrl").asText())
        .isEqualTo("https://legal.example.org/allybot");
    assertThat(m.at("/developer/privacyUrl").asText())
        .isEqualTo("https://allybot.example.org/privacy");
  }

  @Test
  void theIconsAreTheSizesTeamsWantsAndTheOutlineIsWhiteOnTransparent() throws Exception {
    Map<String, byte[]> entries = writePackage();
    BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));

    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    boolean anyWhite = false;
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 32; y++) {
        int argb = outline.getRGB(x, y);
        int alpha = argb >>> 24;
        assertThat(alpha == 0 || (argb & 0xFFFFFF) == 0xFFFFFF).as("pixel %d,%d", x, y).isTrue();
        anyWhite |= alpha != 0;
      }
    }
    assertThat(anyWhite).isTrue();
    assertThat(outline.getRGB(0, 0) >>> 24).isZero();
  }

  @Test
  void theCommandLineRefusesABadAppIdClearly() {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new Main())
            .setErr(new PrintWriter(err))
            .execute(
                "teams",
                "manifest",
                "--app-id",
                "my-bot",
                "--out",
                dir.resolve("x.zip").toString());

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("--app-id must be the bot's app id");
    assertThat(dir.resolve("x.zip")).doesNotExist();
  }

  @Test
  void theCommandLineWritesThePackage() {
    Path zip = dir.resolve("out/allybot-teams.zip");
    assertThat(Main.run("teams", "manifest", "--app-id", APP_ID, "--out", zip.toString())).isZero();
    assertThat(zip).isRegularFile();
  }

  @Test
  void theSpanishLocalizationDescribesEveryCommandAndKeepsTheEnglishCommandWords()
      throws Exception {
    Map<String, byte[]> entries = writePackage();
    JsonNode manifest = JSON.readTree(entries.get(TeamsAppPackage.MANIFEST));
    JsonNode es = JSON.readTree(entries.get("es.json"));

    assertThat(manifest.at("/localizationInfo/additionalLanguages/0/languageTag").asText())
        .isEqualTo("es");
    assertThat(manifest.at("/localizationInfo/additionalLanguages/0/file").asText())
        .isEqualTo("es.json");
    for (int list = 0; list < 2; list++) {
      JsonNode commands = manifest.at("/bots/0/commandLists/" + list + "/commands");
      for (int i = 0; i < commands.size(); i++) {
        String key = "bots[0].commandLists[" + list + "].commands[" + i + "].description";
        assertThat(es.path(key).asText()).as(key).isNotBlank().hasSizeLessThanOrEqualTo(128);
      }
      assertThat(
              es.has(
                  "bots[0].commandLists["
                      + list
                      + "].commands["
                      + commands.size()
                      + "].description"))
          .isFalse();
    }
    assertThat(es.get("bots[0].commandLists[0].commands[1].description").asText())
        .isEqualTo("Un escenario de «¿qué harías?» ahora");
    assertThat(es.toString()).doesNotContain(".title\"");
  }
}
