package org.allybot.core.community;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** What the community posts look like in the channel, and its forms. */
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

  static Message question(Question q) {
    String title =
        "#"
            + q.number()
            + " An ally asks…"
            + (q.status() == PostStatus.RESOLVED ? " (resolved)" : "");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(title));
    blocks.add(new Block.Text(q.situation()));
    if (!q.considering().isBlank()) {
      blocks.add(new Block.Text("*What I'm considering:* " + q.considering()));
    }
    blocks.add(
        new Block.Context(
            (q.anonymous() ? "Asked anonymously" : "Asked by " + q.signature())
                + " · Looking for: "
                + q.help()
                + " · Senses: "
                + (q.tags().isEmpty() ? "none yet" : String.join(", ", q.tags()))));
    if (q.status() == PostStatus.OPEN) {
      blocks.add(
          new Block.Buttons(
              List.of(
                  new Button(
                      "Offer advice", OFFER, Integer.toString(q.number()), Button.Style.PRIMARY))));
    }
    blocks.add(
        new Block.Context(
            "Reply in this thread, or `/ally advise " + q.number() + " TEXT [--anonymous]`."));
    return new Message(title, blocks);
  }

  static Message reply(ThreadReply r, long helpful) {
    String what =
        switch (r.kind()) {
          case FOLLOW_UP -> "follow-up on #" + r.question();
          default -> "advice on #" + r.question();
        };
    String head = "*" + r.label() + "* · #" + r.number() + " · " + what;
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Text(head));
    blocks.add(new Block.Text(r.text()));
    if (helpful > 0) {
      blocks.add(new Block.Context(helpful + " found this helpful"));
    }
    if (r.kind() != ThreadReply.Kind.FOLLOW_UP) {
      blocks.add(
          new Block.Buttons(List.of(Button.of("Helpful", HELPFUL, Integer.toString(r.number())))));
    }
    return new Message(r.label() + ": " + excerpt(r.text(), 80), blocks);
  }

  static Message resolution(Question q, String label, String whatIDid) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Text("*" + label + "* marked #" + q.number() + " resolved."));
    if (!whatIDid.isBlank()) {
      blocks.add(new Block.Text("*What I did:* " + whatIDid));
    }
    return new Message("#" + q.number() + " resolved", blocks);
  }

  static Message hiddenNotice(Post post) {
    return Message.text(
        "_Post #"
            + post.number()
            + " was hidden by the facilitator: it broke the community's rules._");
  }

  static String excerpt(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
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
                Texts.MAX,
                List.of(),
                ""),
            new Field(
                "considering",
                say.text("community.ask.considering"),
                FieldType.LONG_TEXT,
                false,
                Texts.MAX,
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
        say.text("community.ask.post"));
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
                Texts.MAX,
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
        say.text("community.ask.post"));
  }

  static Block.Form resolveForm(int question) {
    return new Block.Form(
        RESOLVE_FORM + question,
        "Resolve #" + question,
        List.of(
            new Field(
                "what",
                "What I did (optional)",
                FieldType.LONG_TEXT,
                false,
                Texts.MAX,
                List.of(),
                ""),
            new Field(
                "feature",
                "May the weekly digest feature this thread and what you did, without any names?",
                FieldType.YES_NO,
                false,
                3,
                List.of(),
                "no")),
        "Resolve");
  }

  static Block.Form tagsForm(Question q) {
    return new Block.Form(
        TAGS_FORM + q.number(),
        "Senses of #" + q.number(),
        List.of(
            new Field(
                "tags",
                "Senses: act, listen, privilege, speak, bias, empathy (or none)",
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                String.join(", ", q.tags()))),
        "Save");
  }
}
