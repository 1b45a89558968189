package org.allybot.core.compose;

import static org.allybot.core.compose.DeliveryMessages.userOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.calendar.EventComposer;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.community.FeaturedThread;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryComposer;
import org.allybot.core.digest.DigestComposer;
import org.allybot.core.lesson.LessonService;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Message;
import org.allybot.core.orgdetails.OrgPlaceholders;
import org.allybot.core.poll.PollService;
import org.allybot.core.practice.CampaignTally;
import org.allybot.core.practice.TallyCounters;
import org.allybot.core.recognition.RecognitionComposer;
import org.allybot.core.recognition.RecognitionDigest;
import org.allybot.core.survey.SurveyFlow;

/**
 * Builds each delivery's message at send time, skipping members who opted out, paused or left. A
 * batch is composed together: its campaigns and members are read once, and the polls and lessons of
 * each campaign are chosen for all their members in one go.
 */
public final class CoreComposer implements DeliveryComposer {
  private final CoreContext core;
  private final MemberDirectory directory;
  private final PollService polls;
  private final LessonService lessons;
  private final OrgPlaceholders placeholders;
  private final CampaignAudience audience;
  private final DigestComposer digest;
  private final DeliveryMessages messages;
  private final RecognitionComposer recognitions;

  public CoreComposer(CoreContext core, PollService polls, LessonService lessons) {
    this.placeholders = new OrgPlaceholders(core.orgDetails());
    this.core = core;
    this.directory = new MemberDirectory(core);
    this.polls = polls;
    this.lessons = lessons;
    this.audience = new CampaignAudience(core);
    this.messages =
        new DeliveryMessages(
            core,
            new SurveyFlow(
                core.curriculum(),
                core.campaigns(),
                core.surveys(),
                core.learning(),
                core.clock(),
                core.languageOf()),
            new EventComposer(core, core.calendar()));
    this.digest =
        new DigestComposer(
            core.curriculum(),
            core.weeks(),
            core.answers(),
            new FeaturedThread(core.community(), core.config().defaultZone()),
            new RecognitionDigest(
                core.recognition(), core.config().defaultZone(), core.languageOf()));
    this.recognitions = new RecognitionComposer(core);
  }

  @Override
  public Composed compose(Delivery d) {
    return composeAll(List.of(d)).getFirst();
  }

  /**
   * A member with several deliveries in the batch gets them composed one after the other, so each
   * sees what the one before changed (the next item, the introduction).
   */
  @Override
  public List<Composed> composeAll(List<Delivery> batch) {
    List<Integer> firsts = new ArrayList<>();
    List<Integer> later = new ArrayList<>();
    Set<UserRef> members = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      Delivery d = batch.get(i);
      boolean again = d.isDirect() && !members.add(new UserRef(d.workspace(), d.userId()));
      (again ? later : firsts).add(i);
    }
    Composed[] composed = new Composed[batch.size()];
    fill(composed, firsts, composeDistinct(pick(batch, firsts)));
    if (!later.isEmpty()) {
      fill(composed, later, composeAll(pick(batch, later)));
    }
    return Arrays.asList(composed);
  }

  /** Deliveries of which no two go to the same member. */
  private List<Composed> composeDistinct(List<Delivery> batch) {
    BatchReads reads = BatchReads.of(core, batch);
    LocalDate today = core.today();
    Composed[] composed = new Composed[batch.size()];
    Map<NextItems, List<Integer>> nextItems = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Delivery d = batch.get(i);
      if (d.kind() == Delivery.Kind.RECOGNITION) {
        composed[i] = recognitions.compose(d);
        continue;
      }
      Optional<Campaign> campaign = reads.campaign(d);
      if (d.kind() == Delivery.Kind.DIGEST) {
        composed[i] =
            campaign
                .<Composed>map(c ->
                    new Composed.Send(
                        digest.compose(c, today, enrolledCount(c), digestLanguage(d))))
                .orElse(new Composed.Skip("campaign deleted"));
        continue;
      }
      Optional<Member> member = reads.member(d);
      Composed.Skip skip = gate(d, member, today);
      if (skip != null) {
        composed[i] = skip;
      } else if (NextItems.apply(d, campaign)) {
        nextItems.computeIfAbsent(NextItems.of(d), k -> new ArrayList<>()).add(i);
      } else {
        composed[i] = finish(d, member, campaign, messages.of(d, campaign));
      }
    }
    nextItems.forEach((items, indices) -> {
      Campaign campaign = reads.campaign(batch.get(indices.getFirst())).orElseThrow();
      List<UserRef> users = indices.stream().map(i -> userOf(batch.get(i))).toList();
      Map<UserRef, Message> chosen = choose(items.kind(), campaign, users);
      for (int i : indices) {
        Delivery d = batch.get(i);
        composed[i] =
            finish(
                d,
                reads.member(d),
                Optional.of(campaign),
                Optional.ofNullable(chosen.get(userOf(d))));
      }
    });
    return Arrays.asList(composed);
  }

  /** Why the member gets nothing now, or null if they may. */
  private static Composed.Skip gate(Delivery d, Optional<Member> member, LocalDate today) {
    boolean invitation =
        d.kind() == Delivery.Kind.INVITE
            || d.kind() == Delivery.Kind.WELCOME
            || d.kind() == Delivery.Kind.EVENT; // an event's audience may be new to Allybot
    if (member.isEmpty() && !invitation) {
      return new Composed.Skip("member left or forgot their data");
    }
    if (member.isPresent() && !member.get().optedIn()) {
      return new Composed.Skip("member opted out");
    }
    if (member.isPresent()
        && member.get().isPausedOn(today)
        && d.kind() != Delivery.Kind.NOTICE
        && d.kind() != Delivery.Kind.EVENT) { // a paused member still hears about their events
      return new Composed.Skip("member paused");
    }
    return null;
  }

  /** The next poll or lesson of each enrolled member of the campaign. */
  private Map<UserRef, Message> choose(Delivery.Kind kind, Campaign c, List<UserRef> users) {
    List<UserRef> enrolled = List.copyOf(audience.enrolledAmong(c, users));
    return kind == Delivery.Kind.POLL
        ? polls.nextPolls(enrolled, c.track(), c.id())
        : lessons.nextLessons(enrolled, c.track(), c.id());
  }

  private Composed finish(
      Delivery d, Optional<Member> member, Optional<Campaign> campaign, Optional<Message> message) {
    if (message.isEmpty()) {
      return new Composed.Skip(
          campaign.isEmpty() && d.data().containsKey("campaign")
              ? "campaign deleted or paused"
              : "nothing to send");
    }
    Message intro =
        member.isPresent()
            ? directory.introduceOnce(member.get())
            : directory.introduceOnce(userOf(d));
    Message composed = intro == null ? message.get() : DeliveryMessages.join(intro, message.get());
    return new Composed.Send(
        placeholders.fill(composed, userOf(d).workspace(), () -> messages.say(d)));
  }

  /** A digest posted to a channel is in the channel's language; one sent to a member, in theirs. */
  private org.allybot.core.language.Language digestLanguage(Delivery d) {
    return d.isDirect()
        ? core.languageOf().member(userOf(d))
        : core.languageOf().channel(d.workspace(), d.channelId());
  }

  private long enrolledCount(Campaign c) {
    try {
      return audience.enrolled(c).size();
    } catch (DeliveryException e) {
      return 0;
    }
  }

  private static <T> List<T> pick(List<T> items, List<Integer> indices) {
    return indices.stream().map(items::get).toList();
  }

  private static <T> void fill(T[] target, List<Integer> indices, List<T> values) {
    for (int i = 0; i < indices.size(); i++) {
      target[indices.get(i)] = values.get(i);
    }
  }

  /** Counts what members received, per campaign, in one round trip for the batch. */
  @Override
  public void sentAll(List<Delivery> sent) {
    List<CampaignTally.Increment> counts = new ArrayList<>();
    for (Delivery d : sent) {
      String campaignId = d.data().getOrDefault(Delivery.CAMPAIGN, "");
      String counter =
          switch (d.kind()) {
            case POLL, LESSON, SURVEY -> TallyCounters.DELIVERED;
            case WELCOME -> TallyCounters.WELCOMED;
            default -> "";
          };
      if (d.isDirect() && !campaignId.isEmpty() && !counter.isEmpty()) {
        counts.add(new CampaignTally.Increment(d.workspace(), campaignId, counter, 1));
      }
    }
    core.tally().addAll(counts);
  }

  /** Keeps a record of each digest issue posted, and where each recognition channel post landed. */
  @Override
  public void sent(Delivery delivery, MessageRef ref) {
    if (delivery.kind() == Delivery.Kind.RECOGNITION) {
      recognitions.sent(delivery, ref);
    }
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

  /** A campaign's polls or its lessons, chosen for all the batch's members together. */
  private record NextItems(Delivery.Kind kind, BatchReads.CampaignKey campaign) {
    static NextItems of(Delivery d) {
      return new NextItems(d.kind(), BatchReads.CampaignKey.of(d).orElseThrow());
    }

    /** A poll or lesson of a campaign that is there and running. */
    static boolean apply(Delivery d, Optional<Campaign> campaign) {
      return (d.kind() == Delivery.Kind.POLL || d.kind() == Delivery.Kind.LESSON)
          && campaign.isPresent()
          && !campaign.get().paused();
    }
  }
}
