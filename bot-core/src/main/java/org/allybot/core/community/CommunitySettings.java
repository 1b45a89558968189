package org.allybot.core.community;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Args;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Message;

/**
 * {@code /ally community set|facilitators|show|tags}: the channel, the weekly facilitator rota, an
 * overview for everyone, and correcting a question's senses.
 */
final class CommunitySettings {
  static final String SET_USAGE = "/ally community set #channel";
  static final String ROTA_USAGE = "/ally community facilitators @a @b @c weekly";
  static final String TAGS_USAGE = "/ally community tags N act,listen";

  private final CoreContext core;
  private final CommunityPorts ports;
  private final MemberDirectory directory;
  private final ChannelPoster poster;
  private final Pseudonyms names;

  CommunitySettings(
      CoreContext core, MemberDirectory directory, ChannelPoster poster, Pseudonyms names) {
    this.core = core;
    this.ports = core.community();
    this.directory = directory;
    this.poster = poster;
    this.names = names;
  }

  private CommunitySetup setup(WorkspaceId ws) {
    return ports
        .store()
        .setup(ws)
        .orElse(CommunitySetup.empty(FacilitatorRota.monday(core.today())));
  }

  Reply set(UserRef admin, Args args) {
    Messages say = poster.member(admin);
    String channel =
        Mentions.channel(args.word(2))
            .orElseThrow(() -> new UsageException(say.text("community.set.which"), SET_USAGE));
    WorkspaceId ws = admin.workspace();
    try {
      poster.post(
          say,
          ws,
          channel,
          "",
          Message.text(poster.channel(ws, channel).text("community.channel.welcome")));
    } catch (CannotPost e) {
      return Reply.text(e.getMessage() + " " + say.text("community.set.unchanged"));
    }
    ports.store().saveSetup(ws, setup(ws).withChannel(channel));
    core.audit()
        .record(ws, admin.userId(), "community.set", "<#" + channel + ">", core.clock().instant());
    return Reply.text(say.text("community.set.done", "channel", channel, "usage", ROTA_USAGE));
  }

  Reply facilitators(UserRef admin, Args args) {
    Messages say = poster.member(admin);
    Set<String> people = new LinkedHashSet<>();
    for (int i = 2; i < args.words().size(); i++) {
      String word = args.word(i);
      if (word.toLowerCase(Locale.ROOT).equals("weekly")) {
        continue;
      }
      people.add(
          Mentions.user(word)
              .orElseThrow(() ->
                  new UsageException(
                      say.text("community.rota.not-mention", "word", word), ROTA_USAGE)));
    }
    if (people.isEmpty()) {
      throw new UsageException(say.text("community.rota.who"), ROTA_USAGE);
    }
    WorkspaceId ws = admin.workspace();
    people.forEach(id -> directory.byId(new UserRef(ws, id)));
    ports
        .store()
        .saveSetup(
            ws, setup(ws).withRota(List.copyOf(people), FacilitatorRota.monday(core.today())));
    core.audit()
        .record(
            ws, admin.userId(), "community.facilitators", mentions(people), core.clock().instant());
    return show(say, ws);
  }

  Reply show(Messages say, WorkspaceId ws) {
    CommunitySetup s = setup(ws);
    List<String> lines = new ArrayList<>();
    lines.add(say.text("community.show.title"));
    lines.add(
        s.hasChannel()
            ? say.text("community.show.channel", "channel", s.channelId())
            : say.text("community.show.no-channel", "usage", SET_USAGE));
    lines.add(
        s.facilitators().isEmpty()
            ? say.text("community.show.no-rota", "usage", ROTA_USAGE)
            : say.text(
                "community.show.rota",
                "people",
                mentions(s.facilitators()),
                "now",
                FacilitatorRota.thisWeek(s, core.today()).orElseThrow()));
    List<Question> questions =
        ports.store().posts(ws).stream()
            .filter(Question.class::isInstance)
            .map(Question.class::cast)
            .toList();
    long open = questions.stream().filter(q -> q.status() == PostStatus.OPEN).count();
    long resolved = questions.stream().filter(q -> q.status() == PostStatus.RESOLVED).count();
    long waiting = ports.store().awaitingSince(ws, core.clock().instant()).size();
    lines.add(
        say.text(
            "community.show.questions", "open", open, "waiting", waiting, "resolved", resolved));
    return Reply.text(String.join("\n", lines));
  }

  Reply tags(Actor actor, Question q, String text, boolean moderator) {
    WorkspaceId ws = actor.user().workspace();
    Messages say = poster.member(actor.user());
    if (!moderator && !names.isAuthor(ws, q, actor.user().userId())) {
      return Reply.text(say.text("community.tags.not-allowed", "n", q.number()));
    }
    if (q.status().isGone()) {
      return Reply.text(
          say.text(
              "community.tags.closed",
              "n",
              q.number(),
              "hidden",
              Boolean.toString(q.status() == PostStatus.HIDDEN)));
    }
    Question tagged = q.withTags(SenseTags.parse(text, TAGS_USAGE));
    ports.store().save(ws, tagged);
    poster.update(
        ws,
        q.channelId(),
        q.messageId(),
        CommunityMessages.question(poster.channel(ws, q.channelId()), tagged));
    return Reply.text(
        say.text(
            "community.tags.saved",
            "n",
            q.number(),
            "senses",
            tagged.tags().isEmpty()
                ? say.text("community.tags.none")
                : String.join(", ", tagged.tags())));
  }

  private static String mentions(java.util.Collection<String> ids) {
    return ids.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
  }
}
