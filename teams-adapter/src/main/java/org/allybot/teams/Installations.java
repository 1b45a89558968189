package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.allybot.core.Allybot;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's installation life: added to a 1:1 chat, a team or a group chat (keep the reference,
 * welcome once), removed again (forget that user's or that team's references; a whole tenant is
 * purged only by an admin's {@code admin purge}), and members joining a team it is in.
 */
final class Installations {
  private static final Logger LOG = LoggerFactory.getLogger(Installations.class);

  private final Allybot bot;
  private final TeamsStore store;
  private final ConversationMemory memory;
  private final TurnReplies replies;
  private final TurnLanguage languages;

  Installations(
      Allybot bot,
      TeamsStore store,
      ConversationMemory memory,
      TurnReplies replies,
      TurnLanguage languages) {
    this.languages = languages;
    this.bot = bot;
    this.store = store;
    this.memory = memory;
    this.replies = replies;
  }

  void conversationUpdate(TeamsTurn turn) {
    JsonNode raw = turn.in().raw();
    String channel = raw.path("channelData").path("channel").path("id").asText("");
    switch (turn.in().eventType()) {
      case "teamDeleted" -> {
        removed(turn);
        return;
      }
      case "channelDeleted" -> {
        store.deleteConversation(turn.workspace(), channel);
        return;
      }
      default -> {}
    }
    String botId = turn.botId();
    for (JsonNode member : raw.path("membersAdded")) {
      if (member.path("id").asText("").equals(botId)) {
        added(turn);
      } else {
        joined(turn, member);
      }
    }
    for (JsonNode member : raw.path("membersRemoved")) {
      if (member.path("id").asText("").equals(botId)) {
        removed(turn);
      }
    }
  }

  void installationUpdate(TeamsTurn turn) {
    switch (turn.in().activity().getAction() == null ? "" : turn.in().activity().getAction()) {
      case "add" -> added(turn);
      case "remove" -> removed(turn);
      default -> {} // add-upgrade and remove-upgrade keep the installation
    }
  }

  private void added(TeamsTurn turn) {
    store.saveServiceUrl(turn.workspace(), turn.in().activity().getServiceUrl());
    if (turn.isPersonal()) {
      if (turn.actor() == null || memory.knowsPersonal(turn)) {
        return;
      }
      memory.note(turn);
      Reply welcome = bot.handle(new CoreEvent.CommandInvoked(turn.actor(), "help", ""));
      replies.deliver(turn, welcome);
      LOG.info("Installed for a member in {}", turn.workspace().key());
      return;
    }
    boolean known = memory.knowsShared(turn);
    memory.saveShared(turn);
    if (!known) {
      try {
        turn.post(
            Outbound.message(
                welcome(languages.channel(turn), bot.context().config().privacyUrl())));
      } catch (DeliveryException e) {
        LOG.warn(
            "Could not welcome a {} in {}", turn.in().conversationType(), turn.workspace().key());
      }
      LOG.info("Installed in a {} in {}", turn.in().conversationType(), turn.workspace().key());
    }
  }

  private void removed(TeamsTurn turn) {
    if (turn.isPersonal()) {
      if (turn.actor() != null) {
        store.deletePersonal(turn.actor().user());
        LOG.info("Uninstalled by a member in {}", turn.workspace().key());
      }
      return;
    }
    String team = turn.in().teamId();
    if (!team.isEmpty()) {
      store.deleteTeam(turn.workspace(), team);
    }
    store.deleteConversation(turn.workspace(), turn.channelId());
    LOG.info("Removed from a {} in {}", turn.in().conversationType(), turn.workspace().key());
  }

  private void joined(TeamsTurn turn, JsonNode member) {
    if (turn.isPersonal()) {
      return;
    }
    String account = member.path("id").asText("");
    String aad = member.path("aadObjectId").asText("");
    String userId = aad.isEmpty() ? account : aad;
    if (userId.isEmpty()) {
      return;
    }
    UserRef user = new UserRef(turn.workspace(), userId);
    if (!account.isEmpty()) {
      store.saveAccount(user, account);
    }
    bot.handle(new CoreEvent.MemberJoined(turn.workspace(), turn.channelId(), userId));
  }

  /** The welcome posted where Allybot was added, in that conversation's language. */
  static Message welcome(Messages say, String privacyUrl) {
    Message intro = MemberDirectory.introduction(say, privacyUrl);
    List<Block> blocks = new java.util.ArrayList<>(intro.blocks());
    blocks.add(new Block.Context(say.text("inbound.teams.welcome")));
    return new Message(intro.summary(), blocks);
  }
}
