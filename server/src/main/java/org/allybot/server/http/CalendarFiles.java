package org.allybot.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.IcsFile;
import org.allybot.core.calendar.IcsLinks;

/**
 * Serves an event's calendar file at the signed link its invitation carries. A link with a wrong
 * signature, or for an event that is gone, gets a plain 404, the same for both, so the route tells
 * nobody which events exist.
 */
final class CalendarFiles {
  private final CoreContext core;

  CalendarFiles(CoreContext core) {
    this.core = core;
  }

  void routes(JavalinConfig config) {
    config.routes.get(IcsLinks.PATH, this::serve);
  }

  private void serve(Context ctx) {
    String eventId = ctx.queryParam("e");
    Optional<CalendarEvent> event =
        core.calendar()
            .links()
            .verify(ctx.queryParam("w"), eventId, ctx.queryParam("s"))
            .flatMap((WorkspaceId ws) -> core.calendar().store().find(ws, eventId));
    if (event.isEmpty()) {
      org.allybot.server.web.PlainAnswer.send(
          ctx, 404, "pages.calendar-missing", core.languageOf().defaultLanguage());
      return;
    }
    String link = ctx.fullUrl();
    ctx.header("Content-Disposition", "attachment; filename=\"" + eventId + ".ics\"")
        .header("Cache-Control", "no-store")
        .contentType("text/calendar; charset=utf-8")
        .result(
            IcsFile.of(
                event.get(),
                core.clock().instant(),
                link,
                // a link has no reader we know: the workspace's language
                org.allybot.core.language.Messages.in(core.languageOf().defaultLanguage())));
  }
}
