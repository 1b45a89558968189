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
  private static final Pattern FLAG = Pattern.compile("(?<=^|\\s)--(anonymous|anon|feature)(?=\\s|$)");
  private static final Pattern SPLIT = Pattern.compile("^(\\S*)\\s*(\\S*)\\s*(.*)$", Pattern.DOTALL);

  private final CommunityPorts ports;
  private final MemberDirectory directory;
  private final Pseudonyms names;
  private final Threads threads;
  private final AskQuestion ask;
  private final ThreadPosting posting;
  private final HelpfulMarks helpful;
  private final ResolveQuestion resolve;
  private final HidePost hide;
  private final CommunitySettings settings;

  public CommunityCommands(CoreContext core, MemberDirectory directory) {
    this.ports = core.community();
    this.directory = directory;
    this.names = new Pseudonyms(ports);
    this.threads = new Threads(ports.store());
    ChannelPoster poster = new ChannelPoster(core);
    DailyAllowance allowance = new DailyAllowance(core);
    AskerNotifier notifier = new AskerNotifier(ports, names, poster);
    this.ask = new AskQuestion(core, directory, poster, names, allowance);
    this.posting = new ThreadPosting(core, poster, names, allowance, notifier);
    this.helpful = new HelpfulMarks(ports, names, poster, threads);
    this.resolve = new ResolveQuestion(core, poster, names);
    this.hide = new HidePost(core, directory, poster, notifier, threads);
    this.settings = new CommunitySettings(core, directory, poster, names);
  }

  /** A command by its raw text, such as {@code advise 3 Try asking them first --anonymous}. */
  public Reply command(Actor actor, String raw) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    boolean anonymous = FLAG.matcher(raw).results().anyMatch(r -> r.group(1).startsWith("anon"));
    boolean feature = FLAG.matcher(raw).results().anyMatch(r -> r.group(1).equals("feature"));
    Matcher m = split(FLAG.matcher(raw.strip()).replaceAll("").strip());
    String verb = m.group(1).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "ask" -> ask.open(actor);
      case "advise" ->
          posting.advise(user, threads.questionOf(ws, number(m, ADVISE_USAGE), ADVISE_USAGE), m.group(3), anonymous);
      case "helpful" -> helpful.mark(user, threads.post(ws, number(m, HELPFUL_USAGE), HELPFUL_USAGE));
      case "followup", "follow-up" ->
          posting.followUp(user, threads.questionOf(ws, number(m, FOLLOWUP_USAGE), FOLLOWUP_USAGE), m.group(3));
      case "resolve" ->
          resolve.resolve(
              user,
              threads.questionOf(ws, number(m, RESOLVE_USAGE), RESOLVE_USAGE),
              m.group(3).strip(),
              feature ? Optional.of(true) : Optional.empty());
      case "community" -> community(actor, m.group(2), split(m.group(3)));
      default -> throw new UsageException("I don't know `" + verb + "`.", "/ally help");
    };
  }

  private Reply community(Actor actor, String sub, Matcher rest) {
    WorkspaceId ws = actor.user().workspace();
    Args args = Args.parse("community " + sub + " " + rest.group(0));
    return switch (sub.toLowerCase(Locale.ROOT)) {
      case "", "show" -> settings.show(ws);
      case "set" -> settings.set(requireAdmin(actor), args);
      case "facilitators", "rota" -> settings.facilitators(requireAdmin(actor), args);
      case "tags" -> {
        int n = Threads.number(rest.group(1), CommunitySettings.TAGS_USAGE);
        yield settings.tags(
            actor, threads.questionOf(ws, n, CommunitySettings.TAGS_USAGE),
            rest.group(2) + " " + rest.group(3), hide.mayModerate(actor));
      }
      case "hide" -> {
        int n = Threads.number(rest.group(1), HIDE_USAGE);
        yield hide.hide(actor, threads.post(ws, n, HIDE_USAGE), (rest.group(2) + " " + rest.group(3)).strip());
      }
      default -> throw new UsageException("I don't know `community " + sub + "`.", USAGE);
    };
  }

  /** A community button. */
  public Reply choice(Actor actor, String action, String value) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    String[] parts = value.split("\\|", 2);
    int n = Threads.number(parts[0], "/ally help");
    return switch (action) {
      case CommunityMessages.OFFER -> {
        Question q = threads.questionOf(ws, n, ADVISE_USAGE);
        yield q.status().isGone()
            ? Reply.text(Threads.closed(q))
            : Reply.openForm(CommunityMessages.adviseForm(q.number()));
      }
      case CommunityMessages.HELPFUL -> helpful.mark(user, threads.post(ws, n, HELPFUL_USAGE));
      case CommunityMessages.RESOLVE -> {
        Question q = threads.questionOf(ws, n, RESOLVE_USAGE);
        yield names.isAuthor(ws, q, user.userId())
            ? Reply.openForm(CommunityMessages.resolveForm(q.number()))
            : Reply.text("Only the person who asked #" + q.number() + " can mark it resolved.");
      }
      case CommunityMessages.EDIT_TAGS ->
          Reply.openForm(CommunityMessages.tagsForm(threads.questionOf(ws, n, CommunitySettings.TAGS_USAGE)));
      case CommunityMessages.FEATURE ->
          resolve.consent(user, threads.questionOf(ws, n, RESOLVE_USAGE), parts.length == 2 && parts[1].equals("yes"));
      default -> Reply.text("That button is no longer active.");
    };
  }

  /** A community form. */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    if (formId.equals(CommunityMessages.ASK_FORM)) {
      return ask.submit(actor, values);
    }
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    int bar = formId.indexOf('|');
    if (bar < 0) {
      return Reply.text("That form is not available any more.");
    }
    Question q = threads.questionOf(ws, Threads.number(formId.substring(bar + 1), "/ally help"), "/ally help");
    String kind = formId.substring(0, bar + 1);
    return switch (kind) {
      case CommunityMessages.ADVISE_FORM -> {
        String text = values.getOrDefault("text", "").strip();
        Optional<Boolean> anonymous = AskQuestion.yesNo(values.getOrDefault("anonymous", ""), false);
        if (text.isEmpty() || text.length() > CommunityMessages.MAX_TEXT || anonymous.isEmpty()) {
          yield Reply.formErrors(
              anonymous.isEmpty()
                  ? Map.of("anonymous", "Answer yes or no.")
                  : Map.of("text", text.isEmpty() ? "Write your advice." : "That's " + text.length() + " characters; the limit is " + CommunityMessages.MAX_TEXT + "."));
        }
        yield posting.advise(user, q, text, anonymous.get());
      }
      case CommunityMessages.RESOLVE_FORM -> {
        String what = values.getOrDefault("what", "").strip();
        Optional<Boolean> feature = AskQuestion.yesNo(values.getOrDefault("feature", ""), false);
        if (feature.isEmpty() || what.length() > CommunityMessages.MAX_TEXT) {
          yield Reply.formErrors(
              feature.isEmpty()
                  ? Map.of("feature", "Answer yes or no.")
                  : Map.of("what", "That's " + what.length() + " characters; the limit is " + CommunityMessages.MAX_TEXT + "."));
        }
        yield resolve.resolve(user, q, what, feature);
      }
      case CommunityMessages.TAGS_FORM -> {
        try {
          yield settings.tags(actor, q, values.getOrDefault("tags", ""), hide.mayModerate(actor));
        } catch (UsageException e) {
          yield Reply.formErrors(Map.of("tags", e.getMessage()));
        }
      }
      default -> Reply.text("That form is not available any more.");
    };
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
      boolean community =
          ports.store().setup(ws).map(s -> s.channelId().equals(m.channelId())).orElse(false);
      return ports.store().questionAt(ws, m.threadId())
          .filter(n -> community)
          .flatMap(n -> ports.store().post(ws, n))
          .filter(Question.class::isInstance)
          .map(p -> posting.threadReply(user, (Question) p, m.text()));
    }
    return Optional.of(
        ports.marks().notification(ws, names.notificationTag(ws, m.threadId()))
            .flatMap(n -> ports.store().post(ws, n))
            .filter(Question.class::isInstance)
            .map(p -> posting.followUp(user, (Question) p, m.text()))
            .orElseGet(() ->
                Reply.text(
                    "I couldn't match your reply to a community thread: it may have been deleted,"
                        + " so nothing was posted. If you still need advice, you're welcome to ask"
                        + " again with `/ally ask`; other commands work in our main conversation"
                        + " (`/ally help`).")));
  }

  private UserRef requireAdmin(Actor actor) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException("Only Allybot admins can do that. Ask an admin.", USAGE);
    }
    return actor.user();
  }

  private static int number(Matcher m, String usage) {
    return Threads.number(m.group(2), usage);
  }

  private static Matcher split(String text) {
    Matcher m = SPLIT.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: the pattern matches any text");
    }
    return m;
  }
}
