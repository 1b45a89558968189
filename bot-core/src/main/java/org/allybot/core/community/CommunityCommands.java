package org.allybot.core.community;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;

/**
 * The community of practice behind the one door: the {@code ask}, {@code advise}, {@code helpful},
 * {@code followup}, {@code resolve} and {@code community} commands, its buttons and forms, and the
 * thread replies it sees in the channel and in private conversations.
 */
public final class CommunityCommands {
  /** Every community button action and form id starts with this. */
  public static final String PREFIX = CommunityMessages.PREFIX;

  static final String ADVISE_USAGE = "/ally advise N TEXT [--anonymous]";
  static final String HELPFUL_USAGE = "/ally helpful N";
  static final String FOLLOWUP_USAGE = "/ally followup N TEXT";
  static final String RESOLVE_USAGE = "/ally resolve N [what I did] [--feature]";
  static final String HIDE_USAGE = "/ally community hide N [reason]";
  static final String USAGE =
      "/ally community [show | set #channel | facilitators @a @b weekly | tags N act,listen | hide N"
          + " [reason]]";
  private static final Pattern FLAG =
      Pattern.compile("(?<=^|\\s)--(anonymous|anon|feature)(?=\\s|$)");
  private static final Pattern SPLIT =
      Pattern.compile("^(\\S*)\\s*(\\S*)\\s*(.*)$", Pattern.DOTALL);

  private final CommunityPorts ports;
  private final MemberDirectory directory;
  private final Pseudonyms names;
  private final Threads threads;
  private final UseCases cases;
  private final CommunityActions actions;

  public CommunityCommands(CoreContext core, MemberDirectory directory) {
    this.cases = UseCases.of(core, directory);
    this.ports = cases.ports();
    this.directory = directory;
    this.names = cases.names();
    this.threads = cases.threads();
    this.actions = new CommunityActions(cases);
  }

  /** A command by its raw text, such as {@code advise 3 Try asking them first --anonymous}. */
  public Reply command(Actor actor, String raw) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    Messages say = cases.poster().member(user);
    boolean anonymous = FLAG.matcher(raw).results().anyMatch(r -> r.group(1).startsWith("anon"));
    boolean feature = FLAG.matcher(raw).results().anyMatch(r -> r.group(1).equals("feature"));
    Matcher m = split(FLAG.matcher(raw.strip()).replaceAll("").strip());
    String verb = m.group(1).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "ask" -> cases.ask().open(actor);
      case "advise" ->
          cases
              .posting()
              .advise(
                  user,
                  threads.questionOf(say, ws, number(say, m, ADVISE_USAGE), ADVISE_USAGE),
                  m.group(3),
                  anonymous);
      case "helpful" ->
          cases
              .helpful()
              .mark(user, threads.post(say, ws, number(say, m, HELPFUL_USAGE), HELPFUL_USAGE));
      case "followup", "follow-up" ->
          cases
              .posting()
              .followUp(
                  user,
                  threads.questionOf(say, ws, number(say, m, FOLLOWUP_USAGE), FOLLOWUP_USAGE),
                  m.group(3));
      case "resolve" ->
          cases
              .resolve()
              .resolve(
                  user,
                  threads.questionOf(say, ws, number(say, m, RESOLVE_USAGE), RESOLVE_USAGE),
                  m.group(3).strip(),
                  feature ? Optional.of(true) : Optional.empty());
      case "community" -> community(actor, m.group(2), split(m.group(3)));
      default ->
          throw new UsageException(say.text("community.unknown-verb", "verb", verb), "/ally help");
    };
  }

  private Reply community(Actor actor, String sub, Matcher rest) {
    WorkspaceId ws = actor.user().workspace();
    Messages say = cases.poster().member(actor.user());
    Args args = Args.parse("community " + sub + " " + rest.group(0));
    return switch (sub.toLowerCase(Locale.ROOT)) {
      case "", "show" -> cases.settings().show(say, ws);
      case "set" -> cases.settings().set(requireAdmin(actor), args);
      case "facilitators", "rota" -> cases.settings().facilitators(requireAdmin(actor), args);
      case "tags" -> {
        int n = Threads.number(say, rest.group(1), CommunitySettings.TAGS_USAGE);
        yield cases
            .settings()
            .tags(
                actor,
                threads.questionOf(say, ws, n, CommunitySettings.TAGS_USAGE),
                rest.group(2) + " " + rest.group(3),
                cases.hide().mayModerate(actor));
      }
      case "hide" -> {
        int n = Threads.number(say, rest.group(1), HIDE_USAGE);
        yield cases
            .hide()
            .hide(
                actor,
                threads.post(say, ws, n, HIDE_USAGE),
                (rest.group(2) + " " + rest.group(3)).strip());
      }
      default ->
          throw new UsageException(
              say.text("community.unknown-verb", "verb", "community " + sub), USAGE);
    };
  }

  /** A community button. */
  public Reply choice(Actor actor, String action, String value) {
    return actions.choice(actor, action, value);
  }

  /** A community form. */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    return actions.form(actor, formId, values);
  }

  /**
   * A message in a thread: in the community channel it counts as advice; in a private conversation
   * it is the asker's follow-up to the thread its notification names, and is answered even when
   * that thread is gone. Anything else is not ours.
   */
  public Optional<Reply> message(CoreEvent.MessageReceived m) {
    if (m.threadId().isEmpty()) {
      return Optional.empty();
    }
    UserRef user = m.actor().user();
    WorkspaceId ws = user.workspace();
    if (!m.isDirect()) {
      return ports
          .store()
          .questionAt(ws, m.threadId())
          .flatMap(n -> ports.store().post(ws, n))
          .filter(Question.class::isInstance)
          .map(Question.class::cast)
          .filter(q -> q.channelId().equals(m.channelId()))
          .map(q -> cases.posting().threadReply(user, q, m.text()));
    }
    return Optional.of(
        ports
            .marks()
            .notification(ws, names.notificationTag(ws, m.threadId()))
            .flatMap(n -> ports.store().post(ws, n))
            .filter(Question.class::isInstance)
            .map(p -> cases.posting().followUp(user, (Question) p, m.text()))
            .orElseGet(() -> Reply.text(cases.poster().member(user).text("community.unmatched"))));
  }

  private UserRef requireAdmin(Actor actor) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException(
          cases.poster().member(actor.user()).text("community.admin-only"), USAGE);
    }
    return actor.user();
  }

  private static int number(Messages say, Matcher m, String usage) {
    return Threads.number(say, m.group(2), usage);
  }

  private static Matcher split(String text) {
    Matcher m = SPLIT.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: the pattern matches any text");
    }
    return m;
  }
}
