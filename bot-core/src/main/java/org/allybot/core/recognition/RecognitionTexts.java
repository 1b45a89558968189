package org.allybot.core.recognition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allybot.content.Sense;

/**
 * Every text recognition shows, kept together so that a move into message bundles is mechanical.
 */
public final class RecognitionTexts {
  public static final String USAGE =
      "/ally thanks @person for what they did [--sense act|listen|privilege|speak|bias|empathy]"
          + " [--public]";
  static final String CHANNEL_USAGE = "/ally thanks channel #channel";
  static final String SHARING_USAGE = "/ally thanks sharing [always|ask|never]";

  private RecognitionTexts() {}

  /** The help section for {@code /ally help}. */
  public static String help(boolean admin) {
    return String.join(
        "\n",
        "*Recognition*",
        "`" + USAGE + "`: thank someone for something they did as an ally",
        "`/ally thanks sharing always|ask|never`: whether thanks to you may be posted publicly",
        "`/ally thanks shared`: the public thanks you gave or received, to take one down",
        admin ? "`/ally thanks channel #channel`: where public thanks are posted (admins)" : "");
  }

  /** What each sense means, said to the recipient beside it. */
  static String meaning(Sense sense) {
    return switch (sense) {
      case ACT -> "doing something concrete when something isn't right.";
      case LISTEN -> "making room for someone's experience and believing it.";
      case PRIVILEGE -> "noticing an advantage you have and using it to open doors for others.";
      case SPEAK -> "saying something when staying quiet would have been easier.";
      case BIAS -> "noticing assumptions, in yourself or in a process, and correcting them.";
      case EMPATHY -> "showing care for how someone else is feeling.";
    };
  }

  static String senseLine(Sense sense) {
    return "*" + sense.title() + "*: " + meaning(sense);
  }

  static String mention(String userId) {
    return "<@" + userId + ">";
  }

  static String channelMention(String channelId) {
    return "<#" + channelId + ">";
  }

  // Refusals and mistakes: each says what to do next.

  static final String NO_RECIPIENT =
      "Who would you like to thank? Mention them first, for example `/ally thanks @sam for"
          + " speaking up in the planning meeting`.";
  static final String NO_RECIPIENT_IN_FORM = "Choose the person you'd like to thank.";
  static final String NO_WHAT =
      "Say what they did, after `for`: it's the detail that makes a thanks land. For example"
          + " `/ally thanks @sam for making sure everyone got a turn`.";
  static final String SELF =
      "That's kind, but thanks go to someone else. Who helped you or others lately?";
  static final String BOT =
      "Bots don't need thanks, though I appreciate the thought. Is there a person behind it you'd"
          + " like to thank?";
  static final String NOT_YOURS = "Only the person who was thanked can answer that.";
  static final String NOT_GIVER = "Only the person giving this thanks can choose its sense.";
  static final String GONE =
      "That thanks isn't there any more (it may have been deleted with someone's data), so"
          + " nothing changed.";
  static final String ADMINS_ONLY =
      "Only Allybot admins can choose the recognition channel. Ask an admin.";
  static final String PLATFORM_BUSY =
      "I couldn't check who that is right now, so nothing was sent. Please try again in a minute.";

  static String unknown(String who) {
    return "I can't find "
        + who
        + " in this workspace, so nothing was sent. Check the spelling, or pick them from the @"
        + " list as you type.";
  }

  static String badSense(String word) {
    return "'"
        + word
        + "' is not a sense. The senses are act, listen, privilege, speak, bias and empathy.";
  }

  static String tooLong(int length, int max) {
    return "That's a long thanks ("
        + length
        + " characters; the limit is "
        + max
        + "), so nothing was sent. Could you say it in fewer words? The heart of it is enough.";
  }

  static String capReached(int limit) {
    return "You've given "
        + limit
        + " thanks today, which is the daily limit, so this one wasn't sent. It resets tomorrow;"
        + " until then, telling them in person works wonderfully too.";
  }

  static String optedOut(String recipientId) {
    return mention(recipientId)
        + " has chosen not to get messages from Allybot, so I haven't passed this on. Telling"
        + " them yourself, in your own words, will mean just as much.";
  }

  // Giving.

  static String suggestion(Sense sense, List<String> because) {
    return "This sounds like *"
        + sense.title()
        + "* to me (because of "
        + because.stream().map(w -> "\"" + w.strip() + "\"").collect(Collectors.joining(", "))
        + "). Send it as that, or pick the sense that fits better:";
  }

  static final String NO_SUGGESTION =
      "Which of the six senses does this fit best? Pick one and I'll send it:";

  static String sendAs(Sense sense) {
    return "Send as " + sense.title();
  }

  static String sent(String recipientId, Sense sense) {
    return "Sent to "
        + mention(recipientId)
        + ", filed under *"
        + sense.title()
        + "*. Thank you for noticing.";
  }

  static String publicWillAsk(String channelId) {
    return "If they agree, it will also be posted in " + channelMention(channelId) + ".";
  }

  static String publicPosted(String channelId) {
    return "They're happy for thanks to be shared, so it will also be posted in "
        + channelMention(channelId)
        + ".";
  }

  static final String PUBLIC_NEVER =
      "They prefer to keep thanks private, so it stays between the two of you.";
  static final String PUBLIC_NO_CHANNEL =
      "There's no recognition channel yet (an admin can set one with `/ally thanks channel"
          + " #channel`), so it stays private.";
  static final String ALREADY_SENT = "This thanks was already sent.";

  // Receiving.

  static String receivedSummary(String giverId) {
    return mention(giverId) + " thanked you";
  }

  static final String RECEIVED_HEADER = "You've been thanked";

  static String received(String giverId, String what) {
    return mention(giverId) + " thanked you for: " + what;
  }

  static String quoted(String quote) {
    return "_They quoted:_ \u201c" + quote.replace("\n", " ") + "\u201d";
  }

  static String askToShare(String giverId, String channelId) {
    return mention(giverId)
        + " would like to share this in "
        + channelMention(channelId)
        + ". Is that all right with you?";
  }

  static final String SHARE = "Yes, share it";
  static final String ALWAYS_SHARE = "Always share my thanks";
  static final String KEEP_PRIVATE = "Keep it private";
  static final String SHARING_FOOTER =
      "Only you and the giver see this. Change whether thanks to you are shared with `/ally thanks"
          + " sharing always|ask|never`.";

  static String shared(String channelId) {
    return "Shared in " + channelMention(channelId) + ". Enjoy it: you earned it.";
  }

  static final String KEPT_PRIVATE = "Kept private: it stays between you and the giver.";

  // Taking a shared thanks down.

  static final String STOP_SHARING = "Stop sharing it";
  static final String TAKE_DOWN = "Take it down";
  static final String NOT_INVOLVED =
      "Only the person thanked, or the one who gave the thanks, can take it down.";
  static final String NOT_SHARED = "That thanks isn't shared, so there is nothing to take down.";
  static final String NONE_SHARED =
      "None of the thanks you gave or received is shared in the recognition channel right now.";
  static final String SHARED_HEADING = "Thanks shared in the recognition channel";

  static String sharedLine(String giverId, String recipientId, String what) {
    return mention(giverId) + " thanked " + mention(recipientId) + " for: " + what;
  }

  static String withdrawn(String channelId) {
    return "Taken down"
        + (channelId.isEmpty() ? "" : " from " + channelMention(channelId))
        + " and left out of the digest: it stays between you and the giver now.";
  }

  static final String WITHDRAW_FAILED =
      "It's left out of the digest now, but I couldn't delete the post in the channel just yet."
          + " Please press the button again in a minute.";

  static String channelPostText(String giverId, String recipientId, String what) {
    return mention(giverId) + " thanked " + mention(recipientId) + " for: " + what;
  }

  static String channelSummary(String recipientId) {
    return "Thanks to " + mention(recipientId);
  }

  // Settings.

  static String channelSet(String channelId) {
    return "Public thanks will be posted in "
        + channelMention(channelId)
        + ", each only after its recipient says yes. Invite me there (`/invite @Allybot`) if I'm"
        + " not in it yet.";
  }

  static String sharingIs(SharingPreference p) {
    return "Thanks to you "
        + switch (p) {
          case ALWAYS -> "are always shared publicly when the giver asks for it";
          case ASK -> "are shared publicly only after you say yes each time";
          case NEVER -> "are never shared publicly; they stay between you and the giver";
        }
        + ". Change it with `"
        + SHARING_USAGE
        + "`.";
  }

  static String badSharing(String word) {
    return "'" + word + "' is not a choice here: say always, ask or never.";
  }

  // Where it shows.

  /** A member's thanks received, by sense, for their stats and home. */
  static String receivedBySense(Map<Sense, Long> counts) {
    if (counts.isEmpty()) {
      return "*Thanks you received*\nNone yet.";
    }
    return "*Thanks you received*\n"
        + counts.entrySet().stream()
            .map(e -> e.getKey().title() + ": " + e.getValue())
            .collect(Collectors.joining(" · "));
  }

  static final String DIGEST_HEADING = "*Allyship noticed this week*";

  static String digestLine(String giverId, String recipientId, String what) {
    return "• " + mention(recipientId) + ", thanked by " + mention(giverId) + ": " + what;
  }

  static String digestMore(int more) {
    return "…and " + more + " more thanks shared this week.";
  }

  /** The campaign report's recognition section: team counts per sense, small ones hidden. */
  public static String reportSection(Map<String, String> bySense) {
    return "*Recognition* (thanks given over the campaign's dates, by sense)\n"
        + bySense.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" · "));
  }

  /** The dashboard's recognition chart. */
  public static final String DASHBOARD_TITLE = "Recognition";

  public static final String DASHBOARD_CAPTION =
      "Thanks given over the campaign's dates, by sense (shared by the workspace's campaigns; no"
          + " counts of people, only of thanks, and none below 5)";
  public static final String DASHBOARD_COLUMN = "Thanks";

  // The form (Slack's shortcut modal, Teams' message action).

  static final String FORM_TITLE = "Recognise allyship";
  static final String FORM_SUBMIT = "Send thanks";
  static final String FIELD_RECIPIENT = "Who are you thanking?";
  static final String FIELD_WHAT = "What did they do?";
  static final String FIELD_SENSE = "Sense (leave on 'suggest' and I'll suggest one)";
  static final String FIELD_PUBLIC = "Post it in the recognition channel too, if they agree?";
  static final String FIELD_QUOTE = "Quote the message in your thanks?";
  static final String SUGGEST = "suggest";
}
