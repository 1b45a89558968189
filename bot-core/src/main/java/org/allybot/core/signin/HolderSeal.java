package org.allybot.core.signin;

import java.util.Optional;
import org.allybot.core.Platform;
import org.allybot.core.SecretBox;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * A link's holder as the store keeps it: sealed (AES-GCM) under a key derived from the link's own
 * token, which is never stored. The store alone therefore cannot tell who holds a link, such as who
 * is about to send a report to the confidential desk.
 */
final class HolderSeal {
  private static final String PURPOSE = "link-holder";

  private HolderSeal() {}

  static String seal(String token, LinkPurpose purpose, LinkHolder holder) {
    UserRef user = holder.user();
    // Platform ids hold no line breaks, so one per line is an unambiguous layout.
    String plain =
        String.join(
            "\n",
            user.workspace().platform().name(),
            user.workspace().id(),
            user.userId(),
            Boolean.toString(holder.platformAdmin()));
    return SecretBox.keyedBy(token, PURPOSE).seal(plain, purpose.name());
  }

  /** The holder, or empty when the value does not open with this token for this purpose. */
  static Optional<LinkHolder> open(String token, LinkPurpose purpose, String sealed) {
    return SecretBox.keyedBy(token, PURPOSE)
        .open(sealed, purpose.name())
        .map(plain -> plain.split("\n", 4))
        .filter(parts -> parts.length == 4)
        .map(parts ->
            new LinkHolder(
                new UserRef(new WorkspaceId(Platform.valueOf(parts[0]), parts[1]), parts[2]),
                Boolean.parseBoolean(parts[3])));
  }
}
