package org.allybot.server.desk;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.signin.LinkHolder;
import org.allybot.server.web.PageLanguage;

/**
 * The report page's language: the link holder's own (their choice, or their platform's locale) when
 * the link is good, else the browser's {@code Accept-Language}, else the workspace default.
 */
record ReportPageLanguage(Function<LinkHolder, Optional<Language>> member, Language fallback) {
  Messages of(Context ctx, Optional<LinkHolder> holder) {
    Optional<Language> own = holder.flatMap(member);
    return Messages.in(PageLanguage.of(own, ctx.header("Accept-Language"), fallback));
  }

  /** For a page whose link is unknown or not yet looked at. */
  Messages of(Context ctx) {
    return of(ctx, Optional.empty());
  }
}
