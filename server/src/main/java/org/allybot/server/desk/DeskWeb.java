package org.allybot.server.desk;

import io.javalin.config.JavalinConfig;
import org.allybot.core.CoreContext;
import org.allybot.core.desk.web.ReportPageLink;
import org.allybot.core.event.Actor;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.member.Member;
import org.allybot.core.signin.LinkHolder;
import org.allybot.server.runtime.AllybotRuntime;

/**
 * The confidential report desk in the browser: the one-time link a member gets in chat with {@code
 * /ally report} opens the same form as a web page at {@code /desk/report}, for them only.
 */
public final class DeskWeb {
  private final ReportPageRoutes routes;

  private DeskWeb(ReportPageRoutes routes) {
    this.routes = routes;
  }

  /** The report page of a running instance, with the core's own form. */
  public static DeskWeb on(AllybotRuntime runtime) {
    return on(runtime, new CoreReportForms(runtime.bot()));
  }

  static DeskWeb on(AllybotRuntime runtime, ReportForms forms) {
    CoreContext core = runtime.bot().context();
    boolean https = core.config().publicUrl().startsWith("https://");
    FormCheck check = new FormCheck(ReportPageLink.PATH, ReportPageLink.VALID_FOR, https);
    LanguageChoices choices = core.languageOf().choices();
    ReportPageLanguage language =
        new ReportPageLanguage(
            holder -> choices.chosen(holder.user()).or(() -> choices.reported(holder.user())),
            core.config().defaultLanguage());
    return new DeskWeb(
        new ReportPageRoutes(
            core.links(),
            forms,
            holder -> reporter(core, holder),
            check,
            new DeskStyle(core.config().defaultLanguage()),
            language));
  }

  /** The link's holder as the core knows them: the name and zone chat last told it. */
  private static Actor reporter(CoreContext core, LinkHolder holder) {
    Member member = core.members().find(holder.user()).orElse(null);
    return new Actor(
        holder.user(),
        member == null ? "" : member.displayName(),
        holder.platformAdmin(),
        member == null ? "" : member.timeZone());
  }

  public void routes(JavalinConfig config) {
    routes.register(config);
  }
}
