package org.allybot.core.desk;

import org.allybot.core.CoreHarness;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;

/** What a test sees: a private message or a reply as the shell prints it, in the test workspace. */
final class Seen {
  static final WorkspaceId WS = CoreHarness.WORKSPACE;

  private Seen() {}

  static String text(RecordingChatPlatform.Sent sent) {
    return CoreHarness.text(sent.message());
  }

  static String text(Reply reply) {
    return CoreHarness.text(reply);
  }
}
