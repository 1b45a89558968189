package org.allybot.core.dashboard;

import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/** Everything {@code /ally dashboard} says in chat, kept together for a later move to bundles. */
public final class DashboardTexts {
  private DashboardTexts() {}

  public static String adminsOnly() {
    return "Only Allybot admins can open the dashboard. Ask an admin to add you with"
        + " `/ally admin add @you`, or ask them for the figures you need.";
  }

  public static Message signInLink(String url, long minutes) {
    return new Message(
        "Your sign-in link to the Allybot dashboard",
        List.of(
            new Block.Text("*Your sign-in link to the Allybot dashboard:*\n" + url),
            new Block.Context(
                "It works once, for "
                    + minutes
                    + " minutes, and signs you in for 8 hours. It signs in as you: don't share"
                    + " it. Type `/ally dashboard` again for a new one.")));
  }
}
