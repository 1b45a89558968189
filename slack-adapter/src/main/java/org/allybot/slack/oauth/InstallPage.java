package org.allybot.slack.oauth;

import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;

/** The small "Add to Slack" page served at {@code /slack/install}. */
public final class InstallPage implements OAuthInstallPageRenderer {
  @Override
  public String render(String authorizeUrl) {
    String href = authorizeUrl.replace("&", "&amp;").replace("\"", "&quot;");
    return """
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8"><title>Add Allybot to Slack</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}
    a.add{display:inline-block;padding:.7rem 1.2rem;border-radius:6px;background:#4A154B;color:#fff;text-decoration:none;font-weight:600}</style>
    </head><body>
    <h1>Allybot</h1>
    <p>A few minutes a week of allyship practice in Slack: short lessons, "what would you do?" polls,
    and a channel where allies bring real situations and get advice from peers.</p>
    <p><a class="add" href="%s">Add to Slack</a></p>
    <p><small>Answers are private; admins only see totals from groups of 5 or more. See <a href="/privacy">how Allybot treats your data</a>.</small></p>
    </body></html>
    """
        .formatted(href);
  }
}
