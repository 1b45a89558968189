package org.allybot.server.desk;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.function.Function;
import org.allybot.core.desk.web.ReportPageLink;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.signin.LinkClaim;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.OneTimeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report form as a web page at {@code /desk/report}. GET shows the form for the link's holder
 * without spending the link; POST spends it and sends the form to the core. Refusals are logged
 * without a token, a cookie, a person or a workspace; nothing a reporter writes is logged.
 */
final class ReportPageRoutes {
  static final String PATH = ReportPageLink.PATH;
  static final String ASSETS = "/desk/assets/";

  /** Nothing from another host, no script at all, and no framing. */
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private static final long MINUTES = ReportPageLink.VALID_FOR.toMinutes();

  private static final Logger LOG = LoggerFactory.getLogger(ReportPageRoutes.class);

  private final OneTimeLinks links;
  private final ReportForms forms;
  private final Function<LinkHolder, Actor> reporters;
  private final FormCheck check;
  private final DeskStyle style;
  private final ReportPageLanguage language;

  ReportPageRoutes(
      OneTimeLinks links,
      ReportForms forms,
      Function<LinkHolder, Actor> reporters,
      FormCheck check,
      DeskStyle style,
      ReportPageLanguage language) {
    this.links = links;
    this.forms = forms;
    this.reporters = reporters;
    this.check = check;
    this.style = style;
    this.language = language;
  }

  void register(JavalinConfig config) {
    config.routes.before(PATH, ReportPageRoutes::securityHeaders);
    config.routes.before(ASSETS + "*", ReportPageRoutes::securityHeaders);
    config.routes.get(PATH, this::show);
    config.routes.post(PATH, this::send);
    config.routes.put(PATH, this::wrongMethod);
    config.routes.patch(PATH, this::wrongMethod);
    config.routes.delete(PATH, this::wrongMethod);
    config.routes.get(ASSETS + "{file}", style::serve);
  }

  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    ctx.header("Vary", "Accept-Language");
    if (!ctx.path().startsWith(ASSETS)) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * Shows the form. The link is only looked at here, not spent: chat apps, mail filters and
   * security scanners open links to preview or vet them, and a GET that spent the link would leave
   * the reporter a dead link. The one use is the POST, which only a person sends.
   */
  private void show(Context ctx) {
    String token = ctx.queryParam("token");
    Optional<LinkHolder> holder = links.peek(LinkPurpose.DESK_REPORT, token);
    if (holder.isEmpty()) {
      badLink(ctx);
      return;
    }
    Messages say = language.of(ctx, holder);
    Optional<Block.Form> form = forms.form(say);
    if (form.isEmpty()) {
      unavailable(ctx, say);
      return;
    }
    String value = check.issue(ctx);
    page(
        ctx,
        200,
        FormPage.render(say, form.get(), FormInput.initial(form.get()), PATH, token, value));
  }

  private void send(Context ctx) {
    String token;
    String field;
    try {
      token = ctx.formParam(FormInput.TOKEN);
      field = ctx.formParam(FormInput.CSRF);
    } catch (HttpResponseException e) {
      // Javalin refuses a body over its request limit (1 MB) before the form can be read.
      if (e.getStatus() != 413) {
        throw e;
      }
      LOG.info("Refused a report form post: its body is over the request limit");
      page(ctx, 413, DeskPageFrame.refusal(language.of(ctx), "too-large"));
      return;
    }
    // The check comes before the link is touched, so a forged post cannot spend anyone's link.
    if (!check.passes(ctx, field)) {
      LOG.info("Refused a report form post: its check is missing or does not match");
      page(ctx, 403, DeskPageFrame.refusal(language.of(ctx), "check-failed"));
      return;
    }
    Optional<LinkClaim> claim = links.claim(LinkPurpose.DESK_REPORT, token);
    if (claim.isEmpty()) {
      badLinkKeepingAnswers(ctx);
      return;
    }
    submit(ctx, claim.get(), token);
  }

  /**
   * Sends the form as the link's holder. The link stays spent once the core has taken the report; a
   * form sent back with mistakes changed nothing, so the link is given back (with the time it had
   * left) and the page comes again with what was typed and what to fix.
   */
  private void submit(Context ctx, LinkClaim claim, String token) {
    Messages say = language.of(ctx, Optional.of(claim.holder()));
    // The core answers in the page's language unless the member chose their own (the same one).
    Actor reporter = reporters.apply(claim.holder()).withLocale(say.language().tag());
    Optional<Block.Form> form = forms.form(say);
    if (form.isEmpty()) {
      links.giveBack(claim);
      unavailable(ctx, say);
      return;
    }
    FormInput input = FormInput.read(form.get(), ctx::formParam, say);
    if (input.errors().isEmpty()) {
      Reply reply = forms.send(reporter, form.get(), input.values());
      if (!reply.hasFieldErrors()) {
        check.clear(ctx);
        page(ctx, 200, ReplyPage.render(say, reply));
        return;
      }
      input = input.withErrors(reply.fieldErrors());
    }
    links.giveBack(claim);
    String value = check.issue(ctx);
    page(ctx, 422, FormPage.render(say, form.get(), input, PATH, token, value));
  }

  private void badLink(Context ctx) {
    LOG.info("Refused a report form link: unknown, expired or used");
    page(ctx, 401, DeskPageFrame.refusal(language.of(ctx), "link-failed", "minutes", MINUTES));
  }

  /**
   * A link that ran out while its holder was still writing (it works for 10 minutes) must not take
   * their words with it: the refusal shows back what they sent, to copy into a new form. Only a
   * post that passed the check gets here, so no other site can make this page say anything.
   */
  private void badLinkKeepingAnswers(Context ctx) {
    Messages say = language.of(ctx);
    Optional<Block.Form> form = forms.form(say);
    if (form.isEmpty()) {
      badLink(ctx);
      return;
    }
    LOG.info("Refused a report form post: its link is unknown, expired or used");
    FormInput sent = FormInput.read(form.get(), ctx::formParam, say);
    page(ctx, 401, FormPage.keptAnswers(say, form.get(), sent, MINUTES));
  }

  private static void unavailable(Context ctx, Messages say) {
    LOG.warn("The report form was asked for, but the core offers none");
    page(ctx, 503, DeskPageFrame.refusal(say, "unavailable"));
  }

  private void wrongMethod(Context ctx) {
    ctx.header("Allow", "GET, POST");
    page(ctx, 405, DeskPageFrame.refusal(language.of(ctx), "wrong-method"));
  }

  private static void page(Context ctx, int status, String html) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }
}
