package org.allybot.server.desk;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.function.Function;
import org.allybot.core.desk.web.ReportPageLink;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
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

  private static final Logger LOG = LoggerFactory.getLogger(ReportPageRoutes.class);

  private final OneTimeLinks links;
  private final ReportForms forms;
  private final Function<LinkHolder, Actor> reporters;
  private final FormCheck check;
  private final DeskStyle style;

  ReportPageRoutes(
      OneTimeLinks links,
      ReportForms forms,
      Function<LinkHolder, Actor> reporters,
      FormCheck check,
      DeskStyle style) {
    this.links = links;
    this.forms = forms;
    this.reporters = reporters;
    this.check = check;
    this.style = style;
  }

  void register(JavalinConfig config) {
    config.routes.before(PATH, ReportPageRoutes::securityHeaders);
    config.routes.before(ASSETS + "*", ReportPageRoutes::securityHeaders);
    config.routes.get(PATH, this::show);
    config.routes.post(PATH, this::send);
    config.routes.put(PATH, ReportPageRoutes::wrongMethod);
    config.routes.patch(PATH, ReportPageRoutes::wrongMethod);
    config.routes.delete(PATH, ReportPageRoutes::wrongMethod);
    config.routes.get(ASSETS + "{file}", style::serve);
  }

  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
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
    Optional<Block.Form> form = forms.form();
    if (form.isEmpty()) {
      unavailable(ctx);
      return;
    }
    String value = check.issue(ctx);
    page(ctx, 200, FormPage.render(form.get(), FormInput.initial(form.get()), PATH, token, value));
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
      page(ctx, 413, DeskPageFrame.message(DeskPageTexts.TOO_LARGE, DeskPageTexts.TOO_LARGE_TEXT));
      return;
    }
    // The check comes before the link is touched, so a forged post cannot spend anyone's link.
    if (!check.passes(ctx, field)) {
      LOG.info("Refused a report form post: its check is missing or does not match");
      page(
          ctx,
          403,
          DeskPageFrame.message(DeskPageTexts.CHECK_FAILED, DeskPageTexts.CHECK_FAILED_TEXT));
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
    Actor reporter = reporters.apply(claim.holder());
    Optional<Block.Form> form = forms.form();
    if (form.isEmpty()) {
      links.giveBack(claim);
      unavailable(ctx);
      return;
    }
    FormInput input = FormInput.read(form.get(), ctx::formParam);
    if (input.errors().isEmpty()) {
      Reply reply = forms.send(reporter, form.get(), input.values());
      if (!reply.hasFieldErrors()) {
        check.clear(ctx);
        page(ctx, 200, ReplyPage.render(reply));
        return;
      }
      input = input.withErrors(reply.fieldErrors());
    }
    links.giveBack(claim);
    String value = check.issue(ctx);
    page(ctx, 422, FormPage.render(form.get(), input, PATH, token, value));
  }

  private static void badLink(Context ctx) {
    LOG.info("Refused a report form link: unknown, expired or used");
    page(
        ctx, 401, DeskPageFrame.message(DeskPageTexts.LINK_FAILED, DeskPageTexts.LINK_FAILED_TEXT));
  }

  /**
   * A link that ran out while its holder was still writing (it works for 10 minutes) must not take
   * their words with it: the refusal shows back what they sent, to copy into a new form. Only a
   * post that passed the check gets here, so no other site can make this page say anything.
   */
  private void badLinkKeepingAnswers(Context ctx) {
    Optional<Block.Form> form = forms.form();
    if (form.isEmpty()) {
      badLink(ctx);
      return;
    }
    LOG.info("Refused a report form post: its link is unknown, expired or used");
    FormInput sent = FormInput.read(form.get(), ctx::formParam);
    page(ctx, 401, FormPage.keptAnswers(form.get(), sent));
  }

  private static void unavailable(Context ctx) {
    LOG.warn("The report form was asked for, but the core offers none");
    page(
        ctx, 503, DeskPageFrame.message(DeskPageTexts.UNAVAILABLE, DeskPageTexts.UNAVAILABLE_TEXT));
  }

  private static void wrongMethod(Context ctx) {
    ctx.header("Allow", "GET, POST");
    page(
        ctx,
        405,
        DeskPageFrame.message(DeskPageTexts.WRONG_METHOD, DeskPageTexts.WRONG_METHOD_TEXT));
  }

  private static void page(Context ctx, int status, String html) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }
}
