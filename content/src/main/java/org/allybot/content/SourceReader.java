package org.allybot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a lesson's {@code sources}: title, publisher, year and link of each. */
final class SourceReader {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

  private SourceReader() {}

  static List<Source> sources(YamlItem item) {
    List<Source> sources = new ArrayList<>();
    for (YamlItem entry : item.items("sources")) {
      String title = entry.text("title");
      String publisher = entry.text("publisher");
      int year = entry.integer("year");
      String url = entry.text("url");
      if (title.length() < 3 || title.length() > 200) {
        entry.problem("title", "a source's 'title' must be 3-200 characters");
      }
      if (publisher.isEmpty()) {
        entry.problem("publisher", "a source needs a 'publisher'");
      }
      if (entry.has("year") && (year < 1900 || year > 2100)) {
        entry.problem("year", "a source's 'year' must be between 1900 and 2100, not " + year);
      }
      if (!url.isEmpty() && !LINK.matcher(url).matches()) {
        entry.problem("url", "a source's 'url' must be an http(s) link, not '" + url + "'");
      }
      sources.add(new Source(title, publisher, year, url));
    }
    return sources;
  }
}
