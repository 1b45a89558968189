package org.allybot.core.community;

import org.allybot.core.CoreContext;
import org.allybot.core.member.MemberDirectory;

/** The community's use cases, built once and shared by its commands and its buttons and forms. */
record UseCases(
    CommunityPorts ports,
    MemberDirectory directory,
    Pseudonyms names,
    Threads threads,
    AskQuestion ask,
    ThreadPosting posting,
    HelpfulMarks helpful,
    ResolveQuestion resolve,
    HidePost hide,
    CommunitySettings settings,
    ChannelPoster poster) {

  static UseCases of(CoreContext core, MemberDirectory directory) {
    CommunityPorts ports = core.community();
    Pseudonyms names = new Pseudonyms(ports);
    Threads threads = new Threads(ports.store());
    ChannelPoster poster = new ChannelPoster(core);
    DailyAllowance allowance = new DailyAllowance(core);
    AskerNotifier notifier = new AskerNotifier(ports, names, poster, core.languageOf());
    return new UseCases(
        ports,
        directory,
        names,
        threads,
        new AskQuestion(core, directory, poster, names, allowance),
        new ThreadPosting(core, poster, names, allowance, notifier),
        new HelpfulMarks(ports, names, poster, threads),
        new ResolveQuestion(core, poster, names),
        new HidePost(core, directory, poster, notifier, threads),
        new CommunitySettings(core, directory, poster, names),
        poster);
  }
}
