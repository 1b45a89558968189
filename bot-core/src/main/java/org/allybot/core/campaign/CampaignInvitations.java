package org.allybot.core.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

/**
 * Who is asked to take part: invitations and welcomes, joining, and newcomers to an audience
 * channel.
 */
public final class CampaignInvitations {
  private final CoreContext core;
  private final CampaignAudience audience;

  public CampaignInvitations(CoreContext core, CampaignAudience audience) {
    this.core = core;
    this.audience = audience;
  }

  /** Invites (optional) or welcomes (mandatory) the whole audience; returns how many. */
  int announce(Messages say, Campaign c) {
    try {
      List<UserRef> people = audience.audience(c);
      Delivery.Kind kind = c.mandatory() ? Delivery.Kind.WELCOME : Delivery.Kind.INVITE;
      core.outbox()
          .enqueueAll(
              people.stream()
                  .map(u ->
                      Delivery.toMember(
                          c.id() + "|" + kind.name().toLowerCase() + "|" + u.userId(),
                          c.workspace(),
                          u.userId(),
                          kind,
                          Map.of("campaign", c.id())))
                  .toList());
      return people.size();
    } catch (DeliveryException e) {
      throw CampaignOptions.wrong(
          say, "campaign.audience-failed.channel", "reason", e.getMessage());
    }
  }

  /** Someone joined a channel: campaigns addressed to that channel invite or welcome them. */
  public void memberJoined(UserRef user, String channelId) {
    for (Campaign c : core.campaigns().all(user.workspace())) {
      if (c.audience() instanceof Audience.Channel ch
          && ch.channelId().equals(channelId)
          && !c.paused()) {
        Delivery.Kind kind = c.mandatory() ? Delivery.Kind.WELCOME : Delivery.Kind.INVITE;
        core.outbox()
            .enqueue(
                Delivery.toMember(
                    c.id() + "|" + kind.name().toLowerCase() + "|" + user.userId(),
                    c.workspace(),
                    user.userId(),
                    kind,
                    Map.of("campaign", c.id())));
      }
    }
  }

  /** A member pressed "Join" on an invitation. */
  public Reply join(UserRef user, String campaignId) {
    Optional<Campaign> c = core.campaigns().find(user.workspace(), campaignId);
    Messages say = core.languageOf().messages(user);
    if (c.isEmpty()) {
      return Reply.text(say.text("join.gone"));
    }
    boolean isNew = core.enrolment().join(user, campaignId);
    String name = c.get().name();
    return Reply.replacing(
        org.allybot.core.message.Message.text(
            isNew
                ? say.text("join.done", "name", name, "when", cadence(say, c.get().polls()))
                : say.text("join.already", "name", name)));
  }

  /** "Mon, Wed and Fri at 9:30 AM", "lun, mié y vie a las 9:30". */
  static String cadence(Messages say, Cadence c) {
    if (c.isEmpty()) {
      return say.text("cadence.none");
    }
    java.util.List<String> days =
        c.days().stream()
            .sorted()
            .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, say.language().locale()))
            .toList();
    return say.text("cadence.days", "days", say.list(days), "time", say.time(c.time()));
  }
}
