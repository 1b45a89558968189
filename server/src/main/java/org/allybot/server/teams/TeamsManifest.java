package org.allybot.server.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;

/**
 * The Teams app manifest (schema 1.29): the bot in personal, team and group chat scopes, the
 * commands people use most, and the resource-specific permission that lets the bot read replies in
 * community threads without being mentioned.
 */
final class TeamsManifest {
  static final String MANIFEST_VERSION = "1.29";
  static final String SCHEMA =
      "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";
  static final String ACCENT = "#5B3F8C";
  static final String READ_CHANNEL_MESSAGES = "ChannelMessage.Read.Group";

  /** A command as Teams lists it: a title under 32 characters and a short description. */
  record Command(String title, String description) {}

  static final List<Command> PERSONAL =
      List.of(
          new Command("help", "What Allybot can do"),
          new Command("poll", "A \"what would you do?\" scenario now"),
          new Command("lesson", "A micro-lesson now"),
          new Command("ask", "Bring a real situation to the community (anonymous if you like)"),
          new Command("stats", "Your own practice"),
          new Command("report", "Report a microaggression confidentially"),
          new Command("time 09:30", "When lessons and polls arrive (your local time)"),
          // "event list" in place of "pause 2w": Teams lists 10 at most, pause is rare, and
          // `help` and optout still cover stepping back.
          new Command("event list", "Workshops, meetups and listening circles coming up"),
          new Command("optout", "Stop everything (optin restarts)"),
          new Command("forget-me", "Delete all your data"));

  static final List<Command> SHARED =
      List.of(
          new Command("help", "What Allybot can do (answers arrive privately)"),
          new Command("poll", "A scenario poll, sent to you privately"),
          new Command("lesson", "A micro-lesson, sent to you privately"),
          new Command("ask", "Bring a situation to the community (the form comes privately)"),
          new Command("survey", "Surveys waiting for you, sent privately"),
          new Command("campaign new", "Admins: start a campaign with a form"),
          new Command("campaign list", "Admins: the campaigns and their schedules"),
          // "event list" in place of "admin stats", which the dashboard and the report cover.
          new Command("event list", "Workshops and meetups coming up, sent privately"),
          new Command("campaign report", "Admins: a campaign's report, sent privately"),
          new Command("dashboard", "Admins: a sign-in link to the web dashboard"));

  private TeamsManifest() {}

  static ObjectNode build(String appId, String version, Links links) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode m = f.objectNode();
    m.put("$schema", SCHEMA);
    m.put("manifestVersion", MANIFEST_VERSION);
    m.put("version", version);
    m.put("id", appId);
    ObjectNode developer = m.putObject("developer");
    developer.put("name", "Allybot");
    developer.put("websiteUrl", links.website());
    developer.put("privacyUrl", links.privacy());
    developer.put("termsOfUseUrl", links.terms());
    m.putObject("name").put("short", "Allybot").put("full", "Allybot: allyship practice at work");
    m.putObject("description")
        .put("short", "A few minutes of allyship practice a week, right in Teams")
        .put(
            "full",
            "Allybot keeps allyship training alive between workshops: short micro-lessons, \"what"
                + " would you do?\" scenario polls with feedback and group results, a weekly"
                + " digest, and a community channel where allies bring real situations and get"
                + " advice from peers, anonymously if they wish. Answers are private; admins see"
                + " totals from groups of five or more only.");
    m.putObject("icons").put("color", TeamsIcons.COLOR).put("outline", TeamsIcons.OUTLINE);
    m.put("accentColor", ACCENT);
    m.set("localizationInfo", TeamsLocalization.info());
    ObjectNode bot = m.putArray("bots").addObject();
    bot.put("botId", appId);
    bot.putArray("scopes").add("personal").add("team").add("groupChat");
    bot.put("isNotificationOnly", false);
    bot.put("supportsFiles", false);
    ArrayNode lists = bot.putArray("commandLists");
    commands(lists.addObject(), List.of("personal"), PERSONAL);
    commands(lists.addObject(), List.of("team", "groupChat"), SHARED);
    recognition(m.putArray("composeExtensions").addObject(), appId);
    m.putArray("permissions").add("identity").add("messageTeamMembers");
    String host = URI.create(links.website()).getHost();
    ArrayNode domains = m.putArray("validDomains");
    if (host != null && !host.equals("localhost") && !host.startsWith("127.")) {
      domains.add(host);
    }
    m.putObject("webApplicationInfo").put("id", appId);
    m.putObject("authorization")
        .putObject("permissions")
        .putArray("resourceSpecific")
        .addObject()
        .put("name", READ_CHANNEL_MESSAGES)
        .put("type", "Application");
    return m;
  }

  /**
   * The "Recognise allyship" message action: a message extension action command that opens a task
   * module (fetchTask) from any message's "..." menu.
   */
  private static void recognition(ObjectNode extension, String appId) {
    extension.put("botId", appId);
    ObjectNode command = extension.putArray("commands").addObject();
    command.put("id", org.allybot.teams.ThanksMessageAction.COMMAND_ID);
    command.put("type", "action");
    command.put("title", "Recognise allyship");
    command.put("description", "Thank the author for something they did as an ally");
    command.putArray("context").add("message");
    command.put("fetchTask", true);
  }

  private static void commands(ObjectNode list, List<String> scopes, List<Command> commands) {
    ArrayNode s = list.putArray("scopes");
    scopes.forEach(s::add);
    ArrayNode c = list.putArray("commands");
    for (Command command : commands) {
      c.addObject().put("title", command.title()).put("description", command.description());
    }
  }

  /** The public pages the manifest links to. */
  record Links(String website, String privacy, String terms) {
    /** {@code /}, {@code /privacy} and {@code /terms} under the public URL. */
    static Links under(String publicUrl) {
      String base = publicUrl.replaceAll("/+$", "");
      return new Links(base + "/", base + "/privacy", base + "/terms");
    }
  }
}
