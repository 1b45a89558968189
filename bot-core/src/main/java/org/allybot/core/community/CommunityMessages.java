package org.allybot.core.community;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * What the community posts look like in the channel (in the channel's language), and its forms (in
 * the member's).
 */
final class CommunityMessages {
  static final String PREFIX = "community.";
  static final String OFFER = PREFIX + "offer";
  static final String HELPFUL = PREFIX + "helpful";
  static final String RESOLVE = PREFIX + "resolve";
  static final String EDIT_TAGS = PREFIX + "tags";
  static final String FEATURE = PREFIX + "feature";
  static final String ASK_FORM = PREFIX + "ask";
  static final String ADVISE_FORM = PREFIX + "advise|";
  static final String RESOLVE_FORM = PREFIX + "resolve|";
  static final String TAGS_FORM = PREFIX + "tags|";
  static final List<String> HELP_KINDS = List.of("advice", "a second opinion", "resources");

  private CommunityMessages() {}

  /** A question's heading in the channel, in the channel's language. */
  static String title(Messages say, Question q) {
    return say.text(
        "community.post.title",
        "n",
        q.number(),
        "resolved",
        Boolean.toString(q.status() == PostStatus.RESOLVED));
  }

  /** A question as the channel shows it, in the channel's language. */
  static Message question(Messages say, Question q) {
    String title = title(say, q);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(title));
    blocks.add(new Block.Text(q.situation()));
    if (!q.considering().isBlank()) {
      blocks.add(new Block.Text(say.text("community.post.considering", "text", q.considering())));
    }
    blocks.add(
        new Block.Context(
            say.text(
                "community.post.context",
                "anonymous",
                Boolean.toString(q.anonymous()),
                "signature",
                q.signature(),
                "help",
                helpKind(say, q.help()),
                "senses",
                q.tags().isEmpty()
                    ? say.text("community.post.no-senses")
                    : say.list(q.tags().stream().map(t -> SenseNames.ofId(say, t)).toList()))));
    if (q.status() == PostStatus.OPEN) {
      blocks.add(
          new Block.Buttons(
              List.of(
                  new Button(
                      say.text("community.post.offer"),
                      OFFER,
                      Integer.toString(q.number()),
                      Button.Style.PRIMARY))));
    }
    blocks.add(new Block.Context(say.text("community.post.how", "n", q.number())));
    return new Message(title, blocks);
  }

  /** The kind of help asked for, as stored (English, one of {@link #HELP_KINDS}), in words. */
  static String helpKind(Messages say, String kind) {
    return HELP_KINDS.contains(kind) ? say.text("community.help." + kind.replace(' ', '-')) : kind;
  }

  /** A reply in a question's thread, in the channel's language. */
  static Message reply(Messages say, ThreadReply r, long helpful) {
    String head =
        say.text(
            "community.reply.head",
            "label",
            Pseudonyms.shown(say, r.label()),
            "post",
            r.number(),
            "kind",
            r.kind() == ThreadReply.Kind.FOLLOW_UP ? "followup" : "advice",
            "n",
            r.question());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Text(head));
    blocks.add(new Block.Text(r.text()));
    if (helpful > 0) {
      blocks.add(new Block.Context(say.text("community.reply.count", "count", helpful)));
    }
    if (r.kind() != ThreadReply.Kind.FOLLOW_UP) {
      blocks.add(
          new Block.Buttons(
              List.of(
                  Button.of(
                      say.text("community.reply.helpful"),
                      HELPFUL,
                      Integer.toString(r.number())))));
    }
    return new Message(Pseudonyms.shown(say, r.label()) + ": " + excerpt(r.text(), 80), blocks);
  }

  static Message resolution(Messages say, Question q, String label, String whatIDid) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Text(
            say.text(
                "community.resolution", "label", Pseudonyms.shown(say, label), "n", q.number())));
    if (!whatIDid.isBlank()) {
      blocks.add(new Block.Text(say.text("community.resolution.what", "text", whatIDid)));
    }
    return new Message(say.text("community.resolution.summary", "n", q.number()), blocks);
  }

  static Message hiddenNotice(Messages say, Post post) {
    return Message.text(say.text("community.hidden-notice", "n", post.number()));
  }

  static String excerpt(String text, int max) {
    return org.allybot.core.message.Excerpt.of(text, max);
  }

  static Block.Form askForm(Messages say) {
    return new Block.Form(
        ASK_FORM,
        say.text("community.ask.title"),
        List.of(
            new Field(
                "situation",
                say.text("community.ask.situation"),
                FieldType.LONG_TEXT,
                true,
                TextRules.MAX,
                List.of(),
                ""),
            new Field(
                "considering",
                say.text("community.ask.considering"),
                FieldType.LONG_TEXT,
                false,
                TextRules.MAX,
                List.of(),
                ""),
            new Field(
                "help",
                say.text("community.ask.help"),
                FieldType.CHOICE,
                false,
                40,
                HELP_KINDS,
                "advice"),
            new Field(
                "anonymous",
                say.text("community.ask.anonymous"),
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "yes")),
        say.text("community.ask.post"),
        say.language().tag());
  }

  static Block.Form adviseForm(Messages say, int question) {
    return new Block.Form(
        ADVISE_FORM + question,
        say.text("community.advise.title", "n", question),
        List.of(
            new Field(
                "text",
                say.text("community.advise.text"),
                FieldType.LONG_TEXT,
                true,
                TextRules.MAX,
                List.of(),
                ""),
            new Field(
                "anonymous",
                say.text("community.ask.anonymous"),
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "no")),
        say.text("community.ask.post"),
        say.language().tag());
  }

  static Block.Form resolveForm(Messages say, int question) {
    return new Block.Form(
        RESOLVE_FORM + question,
        say.text("community.resolve.form.title", "n", question),
        List.of(
            new Field(
                "what",
                say.text("community.resolve.form.what"),
                FieldType.LONG_TEXT,
                false,
                TextRules.MAX,
                List.of(),
                ""),
            new Field(
                "feature",
                say.text("community.feature.ask"),
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "no")),
        say.text("community.resolve"),
        say.language().tag());
  }

  static Block.Form tagsForm(Messages say, Question q) {
    return new Block.Form(
        TAGS_FORM + q.number(),
        say.text("community.tags.form.title", "n", q.number()),
        List.of(
            new Field(
                "tags",
                say.text("community.tags.form.field"),
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                String.join(", ", q.tags()))),
        say.text("community.tags.form.save"),
        say.language().tag());
  }
}
