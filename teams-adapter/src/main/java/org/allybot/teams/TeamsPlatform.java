package org.allybot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.List;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserKind;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;
import org.allybot.core.xapi.MemberEmails;

/**
 * Teams as the delivery engine sees it: messages go out through {@code continueConversation} on a
 * stored reference (and are updated or deleted the same way), 1:1 conversations are created once
 * per member, and channel members are listed page by page. The engine's rate limiter and retries
 * sit in front of every call. It also tells members' e-mails, for the xAPI export's e-mail actors.
 */
final class TeamsPlatform implements ChatPlatform, MemberEmails {
  private final References references;
  private final ConnectorCalls calls;
  private final DirectConversations direct;
  private final MemberPages members;
  private final TeamsMemberEmails emails;

  TeamsPlatform(TeamsConfig config, ConnectorAdapter adapter, TeamsStore store) {
    this.references = new References(store, config);
    this.calls = new ConnectorCalls(adapter, config.appId());
    this.direct = new DirectConversations(config, adapter, store);
    this.members = new MemberPages(references, calls, store);
    this.emails = new TeamsMemberEmails(store, calls);
  }

  @Override
  public Optional<String> emailOf(UserRef member) {
    return member.workspace().platform() == Platform.TEAMS
        ? emails.emailOf(member)
        : Optional.empty();
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  @Override
  public MessageRef send(Recipient recipient, Message message) throws DeliveryException {
    return post(recipient, Outbound.message(message));
  }

  /** Posts any activity (a card the adapter built itself) the way {@link #send} does. */
  MessageRef post(Recipient recipient, Activity activity) throws DeliveryException {
    String conversationId =
        recipient.inThread()
            ? References.base(recipient.conversationId()) + References.THREAD + recipient.threadId()
            : recipient.conversationId();
    ConversationReference reference =
        references.forConversation(recipient.workspace(), conversationId);
    activity.applyConversationReference(reference, false);
    ResourceResponse sent =
        calls.within(
            reference,
            client -> client.getConversations().sendToConversation(conversationId, activity));
    return new MessageRef(
        recipient.workspace(),
        conversationId,
        sent == null || sent.getId() == null ? "" : sent.getId());
  }

  @Override
  public void update(MessageRef ref, Message message) throws DeliveryException {
    ConversationReference reference =
        references.forConversation(ref.workspace(), ref.conversationId());
    Activity activity = Outbound.message(message);
    activity.applyConversationReference(reference, false);
    activity.setId(ref.messageId());
    calls.within(
        reference,
        client ->
            client
                .getConversations()
                .updateActivity(ref.conversationId(), ref.messageId(), activity));
  }

  /** Deletes an activity the bot posted; one Teams no longer has (404) counts as deleted. */
  @Override
  public void delete(MessageRef ref) throws DeliveryException {
    ConversationReference reference =
        references.forConversation(ref.workspace(), ref.conversationId());
    try {
      calls.within(
          reference,
          client ->
              client.getConversations().deleteActivity(ref.conversationId(), ref.messageId()));
    } catch (DeliveryException.Permanent e) {
      if (!String.valueOf(e.getMessage()).contains("(404")) {
        throw e;
      }
    }
  }

  /**
   * Bots' Teams account ids start with {@code 28:}; people are AAD object ids (or, when Teams could
   * not tell the AAD id of a mention, their {@code 29:} account ids). Anything else was typed, not
   * picked from Teams' @ list, and names nobody Teams knows.
   */
  @Override
  public UserKind kindOf(UserRef user) {
    String id = user.userId();
    if (id.startsWith("28:")) {
      return UserKind.BOT;
    }
    return id.startsWith("29:") || AAD_ID.matcher(id).matches()
        ? UserKind.PERSON
        : UserKind.UNKNOWN;
  }

  private static final java.util.regex.Pattern AAD_ID =
      java.util.regex.Pattern.compile(
          "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Override
  public Recipient openDirect(UserRef user) throws DeliveryException {
    return direct.open(user);
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId)
      throws DeliveryException {
    return members.list(workspace, channelId);
  }
}
