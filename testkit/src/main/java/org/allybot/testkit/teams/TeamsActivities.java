package org.allybot.testkit.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities as Teams sends them to a bot, for tests: messages in a 1:1 chat and in a channel, card
 * actions (an {@code adaptiveCard/action} invoke, or the {@code Action.Submit} fallback), and
 * installation changes. Every activity gets a fresh id unless a test copies one.
 */
public final class TeamsActivities {
  /** The team's General channel, whose id is also the team's id. */
  public static final String TEAM = "19:team-general@thread.tacv2";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(1_600_000_000_000L);

  private final String serviceUrl;
  private final String appId;
  private final String tenantId;

  public TeamsActivities(String serviceUrl, String appId, String tenantId) {
    this.serviceUrl = serviceUrl;
    this.appId = appId;
    this.tenantId = tenantId;
  }

  public String botId() {
    return "28:" + appId;
  }

  /** The id of {@code member}'s 1:1 chat with the bot. */
  public static String personalConversation(FakeMember member) {
    return "a:personal-" + member.id();
  }

  private ObjectNode base(String type, FakeMember from, String conversationId, String kind) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", type);
    a.put("id", Long.toString(IDS.incrementAndGet()));
    a.put("timestamp", "2026-11-23T10:00:00.123Z");
    a.put("serviceUrl", serviceUrl);
    a.put("channelId", "msteams");
    if (from != null) {
      a.putObject("from")
          .put("id", from.id())
          .put("name", from.name())
          .put("aadObjectId", from.aadObjectId());
    }
    ObjectNode conversation = a.putObject("conversation");
    conversation.put("id", conversationId).put("conversationType", kind).put("tenantId", tenantId);
    if (!kind.equals("personal")) {
      conversation.put("isGroup", true);
    }
    a.putObject("recipient").put("id", botId()).put("name", "Allybot");
    ObjectNode channelData = a.putObject("channelData");
    channelData.putObject("tenant").put("id", tenantId);
    if (kind.equals("channel")) {
      channelData.put("teamsChannelId", TEAM).put("teamsTeamId", TEAM);
      channelData.putObject("channel").put("id", TEAM);
      channelData.putObject("team").put("id", TEAM);
    }
    a.put("locale", "en-GB");
    return a;
  }

  public ObjectNode personalMessage(FakeMember from, String text) {
    ObjectNode a = base("message", from, personalConversation(from), "personal");
    a.put("text", text);
    return a;
  }

  /** A new post in the team's General channel, mentioning the bot or not. */
  public ObjectNode channelMessage(FakeMember from, String text, boolean mentionBot) {
    long id = IDS.incrementAndGet();
    ObjectNode a = base("message", from, TEAM + ";messageid=" + id, "channel");
    a.put("id", Long.toString(id));
    if (mentionBot) {
      a.put("text", "<at>Allybot</at> " + text);
      ObjectNode mention = a.putArray("entities").addObject();
      mention.put("type", "mention").put("text", "<at>Allybot</at>");
      mention.putObject("mentioned").put("id", botId()).put("name", "Allybot");
    } else {
      a.put("text", text);
    }
    return a;
  }

  /**
   * A reply, not mentioning the bot, in the thread under the channel post {@code rootId}, as Teams
   * sends it to a bot with {@code ChannelMessage.Read.Group}: the conversation id names the thread
   * ({@code <channel>;messageid=<root>}), the text comes plain and as HTML, and {@code replyToId}
   * names the root (Teams does not always send it; the conversation id is what to trust).
   */
  public ObjectNode threadReply(FakeMember from, String rootId, String text) {
    ObjectNode a = base("message", from, TEAM + ";messageid=" + rootId, "channel");
    a.put("text", text);
    a.put("textFormat", "plain");
    a.putArray("attachments")
        .addObject()
        .put("contentType", "text/html")
        .put("content", "<p>" + text + "</p>");
    a.put("replyToId", rootId);
    return a;
  }

  /** A click on an {@code Action.Execute} in a 1:1 chat, carrying the action's {@code data}. */
  public ObjectNode execute(FakeMember from, JsonNode data) {
    ObjectNode a = base("invoke", from, personalConversation(from), "personal");
    a.put("name", "adaptiveCard/action");
    ObjectNode value = a.putObject("value");
    value.put("trigger", "manual");
    value
        .putObject("action")
        .put("type", "Action.Execute")
        .put("verb", "allybot")
        .set("data", data);
    return a;
  }

  /** A click on the {@code Action.Submit} fallback: a message replying to the card. */
  public ObjectNode submit(FakeMember from, JsonNode data, String cardActivityId) {
    ObjectNode a = base("message", from, personalConversation(from), "personal");
    a.set("value", data);
    a.put("replyToId", cardActivityId);
    return a;
  }

  /**
   * A message extension action ({@code composeExtension/fetchTask}) started on a channel message
   * that {@code author} wrote (null: an app posted it), whose body is the HTML {@code html}.
   */
  public ObjectNode fetchTask(FakeMember from, String commandId, FakeMember author, String html) {
    ObjectNode a = base("invoke", from, TEAM + ";messageid=42", "channel");
    a.put("name", "composeExtension/fetchTask");
    ObjectNode value = a.putObject("value");
    value.put("commandId", commandId).put("commandContext", "message");
    ObjectNode payload = value.putObject("messagePayload");
    payload.put("id", "42").put("messageType", "message");
    if (author == null) {
      payload
          .putObject("from")
          .putObject("application")
          .put("id", "app-1")
          .put("displayName", "Workflow");
    } else {
      payload
          .putObject("from")
          .putObject("user")
          .put("id", author.id())
          .put("aadObjectId", author.aadObjectId())
          .put("displayName", author.name());
    }
    payload.putObject("body").put("contentType", "html").put("content", html);
    return a;
  }

  /** The task module's form sent ({@code composeExtension/submitAction}) with {@code data}. */
  public ObjectNode submitAction(FakeMember from, String commandId, JsonNode data) {
    ObjectNode a = base("invoke", from, TEAM + ";messageid=42", "channel");
    a.put("name", "composeExtension/submitAction");
    ObjectNode value = a.putObject("value");
    value.put("commandId", commandId).put("commandContext", "message");
    value.set("data", data);
    return a;
  }

  /** A 1:1 message that mentions {@code person} through an {@code <at>} tag. */
  public ObjectNode personalMessageMentioning(
      FakeMember from, String before, FakeMember person, String after) {
    ObjectNode a = base("message", from, personalConversation(from), "personal");
    String tag = "<at>" + person.name() + "</at>";
    a.put("text", before + tag + after);
    ObjectNode mention = a.putArray("entities").addObject();
    mention.put("type", "mention").put("text", tag);
    mention.putObject("mentioned").put("id", person.id()).put("name", person.name());
    return a;
  }

  /** The app added to ({@code add}) or removed from ({@code remove}) a member's personal scope. */
  public ObjectNode personalInstallation(FakeMember member, String action) {
    ObjectNode a = base("installationUpdate", member, personalConversation(member), "personal");
    a.put("action", action);
    return a;
  }

  /** The bot added to the team, by {@code by}. */
  public ObjectNode botAddedToTeam(FakeMember by) {
    ObjectNode a = base("conversationUpdate", by, TEAM, "channel");
    a.putArray("membersAdded").addObject().put("id", botId());
    ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
    return a;
  }

  /** The bot removed from the team, by {@code by}. */
  public ObjectNode botRemovedFromTeam(FakeMember by) {
    ObjectNode a = base("conversationUpdate", by, TEAM, "channel");
    a.putArray("membersRemoved").addObject().put("id", botId());
    ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberRemoved");
    return a;
  }

  /** {@code who} joined the team. */
  public ObjectNode memberAddedToTeam(FakeMember who) {
    ObjectNode a = base("conversationUpdate", who, TEAM, "channel");
    a.putArray("membersAdded")
        .addObject()
        .put("id", who.id())
        .put("aadObjectId", who.aadObjectId());
    ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
    return a;
  }
}
