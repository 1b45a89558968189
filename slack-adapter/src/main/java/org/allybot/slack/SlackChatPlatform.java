package org.allybot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.PriorSend;
import org.allybot.core.Recipient;
import org.allybot.core.UserKind;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.slack.handler.TokenRevocation;
import org.allybot.slack.render.BlockKit;

/**
 * The delivery engine's way into Slack, over the Web API: {@code chat.postMessage} (in a thread
 * when asked), {@code chat.update}, {@code chat.delete}, {@code conversations.open} and {@code
 * conversations.members} with every page. Failures come back as the engine's {@link
 * DeliveryException} kinds. With the member cache it also tells a member's e-mail, for the xAPI
 * export's e-mail actors.
 */
public final class SlackChatPlatform implements ChatPlatform, MemberEmails {
  static final int MEMBERS_PAGE = 1000;

  private final Slack slack;
  private final SlackTokens tokens;
  private final SlackUsers users;
  private final SharedChannels shared = new SharedChannels();

  public SlackChatPlatform(Slack slack, SlackTokens tokens) {
    this(slack, tokens, null);
  }

  /** {@code users} (may be null) is the member cache e-mails are read from. */
  public SlackChatPlatform(Slack slack, SlackTokens tokens, SlackUsers users) {
    this.slack = slack;
    this.tokens = tokens;
    this.users = users;
  }

  /**
   * The member's e-mail from {@code users.info}, which Slack fills only with the {@code
   * users:read.email} scope; usually cached already, as the member's click looked them up.
   */
  @Override
  public Optional<String> emailOf(UserRef member) {
    if (users == null || member.workspace().platform() != Platform.SLACK) {
      return Optional.empty();
    }
    return users
        .profile(member.workspace().id(), member.userId())
        .map(SlackUsers.Profile::email)
        .filter(email -> !email.isBlank());
  }

  /**
   * Forgets the user token the member granted when they installed Allybot (OAuth mode), as Slack's
   * {@code tokens_revoked} would; the workspace's bot token stays.
   */
  @Override
  public void forget(UserRef user) {
    if (user.workspace().platform() == Platform.SLACK && tokens instanceof TokenRevocation stored) {
      stored.usersRevoked(user.workspace().id(), List.of(user.userId()));
    }
  }

  /**
   * What {@code users.info} says the id is. Slackbot is a bot though Slack does not flag it; a
   * deactivated account counts as unknown, as nobody can read a message sent to it.
   */
  @Override
  public UserKind kindOf(UserRef user) throws DeliveryException {
    if (user.userId().equals("USLACKBOT")) {
      return UserKind.BOT;
    }
    MethodsClient methods = methods(user.workspace());
    try {
      UsersInfoResponse r =
          SlackFailures.call(() -> methods.usersInfo(req -> req.user(user.userId())));
      if (r.getUser() == null || r.getUser().isDeleted()) {
        return UserKind.UNKNOWN;
      }
      return r.getUser().isBot() || r.getUser().isAppUser() ? UserKind.BOT : UserKind.PERSON;
    } catch (DeliveryException.Permanent e) {
      if ("user_not_found".equals(e.getMessage()) || "user_not_visible".equals(e.getMessage())) {
        return UserKind.UNKNOWN;
      }
      throw e;
    }
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public MessageRef send(Recipient to, Message message) throws DeliveryException {
    return send(to, message, null);
  }

  /** Every post of the message carries the key as its metadata ({@link DeliveryMarks}). */
  @Override
  public MessageRef send(Recipient to, Message message, String deliveryKey)
      throws DeliveryException {
    MethodsClient methods = methods(to.workspace());
    String text = BlockKit.fallback(message);
    String first = null;
    String channel = to.conversationId();
    for (List<LayoutBlock> blocks : BlockKit.messages(message)) {
      ChatPostMessageResponse r =
          SlackFailures.call(() ->
              methods.chatPostMessage(req ->
                  req.channel(to.conversationId())
                      .threadTs(to.inThread() ? to.threadId() : null)
                      .text(text)
                      .blocks(blocks.isEmpty() ? null : blocks)
                      .metadata(deliveryKey == null ? null : DeliveryMarks.metadata(deliveryKey))
                      .unfurlLinks(false)
                      .unfurlMedia(false)));
      if (first == null) {
        first = r.getTs();
        channel = r.getChannel() != null ? r.getChannel() : channel;
      }
    }
    return new MessageRef(to.workspace(), channel, first);
  }

  @Override
  public PriorSend findSent(Recipient to, String deliveryKey, Instant since)
      throws DeliveryException {
    return DeliveryMarks.find(methods(to.workspace()), to, deliveryKey, since);
  }

  @Override
  public void update(MessageRef ref, Message message) throws DeliveryException {
    MethodsClient methods = methods(ref.workspace());
    List<LayoutBlock> blocks = BlockKit.messages(message).getFirst();
    SlackFailures.call(() ->
        methods.chatUpdate(req ->
            req.channel(ref.conversationId())
                .ts(ref.messageId())
                .text(BlockKit.fallback(message))
                .blocks(blocks)));
  }

  /** {@code chat.delete}; a message Slack no longer has counts as deleted. */
  @Override
  public void delete(MessageRef ref) throws DeliveryException {
    MethodsClient methods = methods(ref.workspace());
    try {
      SlackFailures.call(
          () -> methods.chatDelete(req -> req.channel(ref.conversationId()).ts(ref.messageId())));
    } catch (DeliveryException.Permanent e) {
      if (!"message_not_found".equals(e.getMessage())) {
        throw e;
      }
    }
  }

  @Override
  public Recipient openDirect(UserRef user) throws DeliveryException {
    MethodsClient methods = methods(user.workspace());
    ConversationsOpenResponse r =
        SlackFailures.call(() ->
            methods.conversationsOpen(req -> req.users(List.of(user.userId())).returnIm(false)));
    return new Recipient(user.workspace(), r.getChannel().getId());
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId)
      throws DeliveryException {
    MethodsClient methods = methods(workspace);
    List<String> members = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      ConversationsMembersResponse r =
          SlackFailures.call(() ->
              methods.conversationsMembers(
                  req -> req.channel(channelId).limit(MEMBERS_PAGE).cursor(page)));
      members.addAll(r.getMembers());
      cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isEmpty());
    return members;
  }

  /** A Slack Connect channel, shared with another organisation; see {@link SharedChannels}. */
  @Override
  public boolean sharedWithOtherOrganisations(WorkspaceId workspace, String channelId)
      throws DeliveryException {
    String token =
        tokens
            .botToken(workspace.id())
            .orElseThrow(() -> new DeliveryException.Permanent("not installed in this workspace"));
    return shared.shared(slack, token, workspace.id(), channelId);
  }

  private MethodsClient methods(WorkspaceId workspace) throws DeliveryException {
    String token =
        tokens
            .botToken(workspace.id())
            .orElseThrow(() -> new DeliveryException.Permanent("not installed in this workspace"));
    return slack.methods(token, workspace.id());
  }
}
