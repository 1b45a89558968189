package org.allybot.core.orgdetails;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Fills {@code {org.name}}, {@code {org.report_desk}} and {@code {org.policy_url}} in what the bot
 * sends, from the workspace's details or, when unset, with words that read naturally in the
 * reader's language.
 */
public final class OrgPlaceholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{org\\.([a-z_]+)}");
  private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?]\\s+|\\n\\s*|\\*)$");
  private static final String MARK = "{org.";

  private final OrgDetails details;

  public OrgPlaceholders(OrgDetails details) {
    this.details = details;
  }

  /**
   * The reply with its placeholders filled; the store and the reader's language ({@code say}, asked
   * only then, as it may read Redis) are read only if it has any.
   */
  public Reply fill(Reply reply, WorkspaceId workspace, Supplier<Messages> say) {
    if (reply.messages().stream().noneMatch(OrgPlaceholders::mentions)) {
      return reply;
    }
    Map<String, String> set = details.all(workspace);
    Messages words = say.get();
    List<Message> filled = reply.messages().stream().map(m -> fill(m, set, words)).toList();
    return new Reply(filled, reply.replaceOriginal(), reply.form(), reply.fieldErrors());
  }

  /** The message with its placeholders filled; read from the store only if it has any. */
  public Message fill(Message message, WorkspaceId workspace, Supplier<Messages> say) {
    return mentions(message) ? fill(message, details.all(workspace), say.get()) : message;
  }

  static Message fill(Message message, Map<String, String> set, Messages say) {
    List<Block> blocks =
        message.blocks().stream()
            .map(b ->
                switch (b) {
                  case Block.Header h -> (Block) new Block.Header(fill(h.text(), set, say));
                  case Block.Text t -> new Block.Text(fill(t.text(), set, say));
                  case Block.Context c -> new Block.Context(fill(c.text(), set, say));
                  default -> b;
                })
            .toList();
    return new Message(fill(message.summary(), set, say), blocks);
  }

  /** Each known placeholder becomes its value or its default; a sentence start is capitalised. */
  static String fill(String text, Map<String, String> set, Messages say) {
    if (!text.contains(MARK)) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String value = set.get(key);
      if (value == null && OrgDetailsCommand.KEYS.contains(key)) {
        value = OrgDetailsCommand.fallback(say, key);
        if (value != null && SENTENCE_START.matcher(text.substring(0, m.start())).find()) {
          value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean mentions(Message message) {
    return message.summary().contains(MARK)
        || message.blocks().stream()
            .anyMatch(b ->
                switch (b) {
                  case Block.Header h -> h.text().contains(MARK);
                  case Block.Text t -> t.text().contains(MARK);
                  case Block.Context c -> c.text().contains(MARK);
                  default -> false;
                });
  }
}
