package org.allybot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;

/**
 * Each member's 1:1 conversation with the bot. Creating it ({@code createConversation}) is the slow
 * first step of a proactive message, so it happens once per member and its reference is kept; the
 * core keeps the conversation id as well.
 */
final class DirectConversations {
  private final TeamsConfig config;
  private final ConnectorAdapter adapter;
  private final TeamsStore store;

  DirectConversations(TeamsConfig config, ConnectorAdapter adapter, TeamsStore store) {
    this.config = config;
    this.adapter = adapter;
    this.store = store;
  }

  Recipient open(UserRef user) throws DeliveryException {
    var known = store.personal(user).flatMap(References::read);
    if (known.isPresent() && known.get().getConversation() != null) {
      return new Recipient(user.workspace(), known.get().getConversation().getId());
    }
    String account =
        store
            .account(user)
            .orElseThrow(() ->
                new DeliveryException.Permanent(
                    "Teams has not introduced this member to Allybot yet (no account id)"));
    String serviceUrl =
        store
            .serviceUrl(user.workspace())
            .orElseThrow(
                () -> new DeliveryException.Permanent("Allybot is not installed in this tenant"));
    ConversationParameters parameters = new ConversationParameters();
    parameters.setIsGroup(false);
    parameters.setBot(References.account(config.botAccountId(), null));
    parameters.setMembers(List.of(References.account(account, null)));
    parameters.setTenantId(user.workspace().id());
    ObjectNode channelData = JsonNodeFactory.instance.objectNode();
    channelData.putObject("tenant").put("id", user.workspace().id());
    parameters.setChannelData(channelData);
    AtomicReference<ConversationReference> created = new AtomicReference<>();
    ConnectorCalls.await(
        adapter.createConversation(
            Channels.MSTEAMS,
            serviceUrl,
            adapter.credentials(),
            parameters,
            turn -> {
              created.set(turn.getActivity().getConversationReference());
              return CompletableFuture.completedFuture(null);
            }));
    ConversationReference reference = created.get();
    if (reference == null || reference.getConversation() == null) {
      throw new DeliveryException.Transient("createConversation gave no conversation");
    }
    reference.setUser(References.account(account, user.userId()));
    reference.getConversation().setConversationType("personal");
    reference.getConversation().setTenantId(user.workspace().id());
    String conversationId = reference.getConversation().getId();
    store.savePersonal(user, conversationId, References.write(reference));
    return new Recipient(user.workspace(), conversationId);
  }
}
