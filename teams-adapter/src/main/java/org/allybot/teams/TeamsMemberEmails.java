package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' e-mails as Teams gives them, for the xAPI export's e-mail actors only: the member's
 * {@code email}, else a {@code userPrincipalName} that looks like one, from their 1:1 conversation
 * with the bot. Asked at most once a day per member and instance (a failure is asked again after
 * five minutes), and never for a member with no 1:1 conversation yet.
 */
final class TeamsMemberEmails {
  private static final Logger log = LoggerFactory.getLogger(TeamsMemberEmails.class);
  private static final long KEEP = Duration.ofDays(1).toNanos();
  private static final long KEEP_FAILURE = Duration.ofMinutes(5).toNanos();
  private static final int MAX_ENTRIES = 50_000;

  private record Entry(Optional<String> email, long until) {}

  private final TeamsStore store;
  private final ConnectorCalls calls;
  private final Map<UserRef, Entry> known = new ConcurrentHashMap<>();

  TeamsMemberEmails(TeamsStore store, ConnectorCalls calls) {
    this.store = store;
    this.calls = calls;
  }

  Optional<String> emailOf(UserRef member) {
    long now = System.nanoTime();
    Entry entry = known.get(member);
    if (entry != null && entry.until() - now > 0) {
      return entry.email();
    }
    Optional<String> email;
    long keep = KEEP;
    try {
      email = ask(member);
    } catch (DeliveryException e) {
      log.warn(
          "Teams did not tell a member's e-mail in {}: {}",
          member.workspace().key(),
          e.getClass().getSimpleName());
      email = Optional.empty();
      keep = KEEP_FAILURE;
    }
    if (known.size() >= MAX_ENTRIES) {
      known.clear();
    }
    known.put(member, new Entry(email, now + keep));
    return email;
  }

  private Optional<String> ask(UserRef member) throws DeliveryException {
    Optional<ConversationReference> direct = store.personal(member).flatMap(References::read);
    Optional<String> account = store.account(member);
    if (direct.isEmpty() || direct.get().getConversation() == null || account.isEmpty()) {
      return Optional.empty();
    }
    String conversationId = direct.get().getConversation().getId();
    ChannelAccount found =
        calls.within(
            direct.get(),
            client ->
                client.getConversations().getConversationMember(account.get(), conversationId));
    return emailIn(found);
  }

  static Optional<String> emailIn(ChannelAccount account) {
    if (account == null || account.getProperties() == null) {
      return Optional.empty();
    }
    for (String field : new String[] {"email", "userPrincipalName"}) {
      JsonNode value = account.getProperties().get(field);
      if (value != null && value.isTextual() && value.asText().matches("[^@\\s]+@[^@\\s]+")) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }
}
