package org.allybot.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.community.FeaturedThread;
import org.allybot.core.digest.DigestComposer;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.lesson.LessonService;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollService;

/** Builds each delivery's message at send time, skipping members who opted out, paused or left. */
public final class CoreComposer implements DeliveryComposer {
  private final CoreContext core;
  private final MemberDirectory directory;
  private final PollService polls;
  private final LessonService lessons;
  private final CampaignAudience audience;
  private final DigestComposer digest;

  public CoreComposer(CoreContext core, PollService polls, LessonService lessons) {
    this.core = core;
    this.directory = new MemberDirectory(core);
    this.polls = polls;
    this.lessons = lessons;
    this.audience = new CampaignAudience(core);
    this.digest =
        new DigestComposer(
            core.curriculum(),
            core.weeks(),
            core.answers(),
            new FeaturedThread(core.community(), core.config().defaultZone()));
  }

  @Override
  public Composed compose(Delivery d) {
    Optional<Campaign> campaign =
        Optional.ofNullable(d.data().get("campaign"))
            .flatMap(id -> core.campaigns().find(d.workspace(), id));
    if (d.kind() == Delivery.Kind.DIGEST) {
      return campaign
          .<Composed>map(c -> new Composed.Send(digest.compose(c, core.today(), enrolledCount(c))))
          .orElse(new Composed.Skip("campaign deleted"));
    }
    UserRef user = new UserRef(d.workspace(), d.userId());
    Optional<Member> member = core.members().find(user);
    if (member.isEmpty() && d.kind() != Delivery.Kind.INVITE && d.kind() != Delivery.Kind.WELCOME) {
      return new Composed.Skip("member left or forgot their data");
    }
    if (member.isPresent() && !member.get().optedIn()) {
      return new Composed.Skip("member opted out");
    }
    if (member.isPresent()
        && member.get().isPausedOn(core.today())
        && d.kind() != Delivery.Kind.NOTICE) {
      return new Composed.Skip("member paused");
    }
    Optional<Message> message = message(d, user, campaign);
    if (message.isEmpty()) {
      return new Composed.Skip(
          campaign.isEmpty() && d.data().containsKey("campaign")
              ? "campaign deleted or paused"
              : "nothing to send");
    }
    Message intro =
        member.isPresent() ? directory.introduceOnce(member.get()) : directory.introduceOnce(user);
    return new Composed.Send(intro == null ? message.get() : join(intro, message.get()));
  }

  private Optional<Message> message(Delivery d, UserRef user, Optional<Campaign> campaign) {
    return switch (d.kind()) {
      case POLL ->
          campaign
              .filter(c -> !c.paused() && audience.isEnrolled(c, user))
              .flatMap(c -> polls.nextPoll(user, c.track(), c.id()));
      case LESSON ->
          campaign
              .filter(c -> !c.paused() && audience.isEnrolled(c, user))
              .flatMap(c -> lessons.nextLesson(user, c.track(), c.id()));
      case CHECK_IN ->
          core.curriculum()
              .lesson(d.data().getOrDefault("lesson", ""))
              .map(LessonMessages::checkIn);
      case INVITE -> campaign.map(CoreComposer::invitation);
      case WELCOME ->
          campaign.map(c ->
              Message.text(
                  "You're part of *"
                      + c.name()
                      + "*: a few minutes of allyship practice a week, with short lessons and \"what would you do?\" polls. `/ally pause 2w` takes a break; `/ally help` shows the rest."));
      case NOTICE -> Optional.ofNullable(d.data().get("text")).map(Message::text);
      case DIGEST -> Optional.empty();
    };
  }

  static Message invitation(Campaign c) {
    return Message.of(
        "Join " + c.name() + "?",
        new Block.Text(
            "You're invited to *"
                + c.name()
                + "*: a few minutes of allyship practice a week, with short lessons and \"what would you do?\" polls. It's optional, and you can pause any time."),
        new Block.Buttons(
            List.of(new Button("Join", "campaign.join", c.id(), Button.Style.PRIMARY))));
  }

  private long enrolledCount(Campaign c) {
    try {
      return audience.enrolled(c).size();
    } catch (DeliveryException e) {
      return 0;
    }
  }

  private static Message join(Message intro, Message message) {
    List<Block> blocks = new ArrayList<>(intro.blocks());
    blocks.add(new Block.Divider());
    blocks.addAll(message.blocks());
    return new Message(message.summary(), blocks);
  }

  /** Keeps a record of each digest issue posted. */
  @Override
  public void sent(Delivery delivery, MessageRef ref) {
    if (delivery.kind() == Delivery.Kind.DIGEST && delivery.data().containsKey("campaign")) {
      core.weeks()
          .sent(
              delivery.workspace(),
              delivery.data().get("campaign"),
              org.allybot.core.practice.Weeks.of(core.today()),
              "digest",
              ref.messageId());
    }
  }
}
