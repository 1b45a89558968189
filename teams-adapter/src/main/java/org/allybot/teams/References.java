package org.allybot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.util.Optional;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Conversation references as the store keeps them, and how a core recipient finds its reference.
 * Names are dropped before storing (ids are enough to send), and so is the activity id, which would
 * otherwise turn every proactive message into a reply to an old one.
 */
final class References {
  /** Where a channel thread's root id follows the channel id in a conversation id. */
  static final String THREAD = ";messageid=";

  private final TeamsStore store;
  private final TeamsConfig config;

  References(TeamsStore store, TeamsConfig config) {
    this.store = store;
    this.config = config;
  }

  static String write(ConversationReference reference) {
    ConversationReference copy = copy(reference);
    copy.setActivityId(null);
    if (copy.getUser() != null) {
      copy.setUser(account(copy.getUser().getId(), copy.getUser().getAadObjectId()));
    }
    if (copy.getConversation() != null) {
      copy.getConversation().setName(null);
    }
    return Serialization.toStringSilent(copy);
  }

  static Optional<ConversationReference> read(String json) {
    try {
      return Optional.ofNullable(
          Serialization.safeGetAs(Serialization.jsonToTree(json), ConversationReference.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The channel or team conversation id without any thread part. */
  static String base(String conversationId) {
    int at = conversationId.indexOf(THREAD);
    return at < 0 ? conversationId : conversationId.substring(0, at);
  }

  /**
   * The reference to post to {@code conversationId} (which may name a thread): a member's 1:1 chat
   * while the bot is installed for them, a stored team, channel or group chat, or any channel of
   * the tenant from its service URL.
   */
  ConversationReference forConversation(WorkspaceId ws, String conversationId)
      throws DeliveryException {
    String base = base(conversationId);
    Optional<String> json =
        store
            .personalOwner(ws, base)
            .flatMap(owner -> store.personal(new UserRef(ws, owner)))
            .or(() -> store.conversation(ws, base));
    ConversationReference reference;
    if (json.isPresent()) {
      reference =
          read(json.get())
              .orElseThrow(() -> new DeliveryException.Permanent("stored reference unreadable"));
    } else if (base.startsWith("19:") && store.serviceUrl(ws).isPresent()) {
      reference = channel(ws, base, store.serviceUrl(ws).get());
    } else {
      throw new DeliveryException.Permanent("Allybot is not installed in that conversation");
    }
    ConversationReference target = copy(reference);
    ConversationAccount conversation = copy(reference.getConversation(), conversationId);
    conversation.setTenantId(ws.id());
    target.setConversation(conversation);
    target.setActivityId(null);
    return target;
  }

  /** A channel of the tenant, known only by id. */
  ConversationReference channel(WorkspaceId ws, String channelId, String serviceUrl) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId("msteams");
    reference.setServiceUrl(serviceUrl);
    reference.setBot(account(config.botAccountId(), null));
    ConversationAccount conversation = new ConversationAccount(channelId);
    conversation.setConversationType("channel");
    conversation.setIsGroup(true);
    conversation.setTenantId(ws.id());
    reference.setConversation(conversation);
    return reference;
  }

  static ChannelAccount account(String id, String aadObjectId) {
    ChannelAccount account = new ChannelAccount(id);
    account.setAadObjectId(aadObjectId);
    return account;
  }

  private static ConversationReference copy(ConversationReference r) {
    ConversationReference c = new ConversationReference();
    c.setActivityId(r.getActivityId());
    c.setUser(r.getUser());
    c.setBot(r.getBot());
    c.setConversation(
        r.getConversation() == null
            ? null
            : copy(r.getConversation(), r.getConversation().getId()));
    c.setChannelId(r.getChannelId());
    c.setLocale(r.getLocale());
    c.setServiceUrl(r.getServiceUrl());
    return c;
  }

  private static ConversationAccount copy(ConversationAccount a, String id) {
    ConversationAccount c = new ConversationAccount(id);
    if (a != null) {
      c.setConversationType(a.getConversationType());
      c.setIsGroup(a.isGroup());
      c.setTenantId(a.getTenantId());
      c.setName(a.getName());
    }
    return c;
  }
}
