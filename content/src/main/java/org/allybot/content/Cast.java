package org.allybot.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The named characters of an item ({@code cast}), checked so that each name is used once. */
final class Cast {
  /** One named character, with the item it belongs to and where its cast was declared. */
  record Member(String name, String itemId, PackBuilder.Location where) {}

  /** An item's whole text, so other items' names can be looked for in it. */
  record ItemText(String itemId, PackBuilder.Location where, String text) {}

  private Cast() {}

  /**
   * Reads {@code cast} and checks that each name appears in the item's own text (and, while the
   * whole text is at hand, that its placeholders are known ones).
   */
  static void read(YamlItem item, String itemId, String text, PackBuilder pack) {
    Placeholders.check(item, text);
    PackBuilder.Location where = new PackBuilder.Location(item.file(), item.line("cast"));
    for (String name : item.texts("cast")) {
      if (!mentions(text, name)) {
        item.problem("cast", "cast member '" + name + "' does not appear in the item's text");
      }
      pack.cast.add(new Member(name, itemId, where));
    }
    pack.itemTexts.add(
        new ItemText(itemId, new PackBuilder.Location(item.file(), item.line()), text));
  }

  /** Every name belongs to one character: declared once, and not used in any other item. */
  static void check(PackBuilder pack) {
    Map<String, Member> first = new LinkedHashMap<>();
    for (Member member : pack.cast) {
      Member earlier = first.putIfAbsent(member.name(), member);
      if (earlier != null && !earlier.itemId().equals(member.itemId())) {
        pack.problems.add(
            new ContentProblem(
                member.where().file(),
                member.where().line(),
                "the name '"
                    + member.name()
                    + "' is already a character in '"
                    + earlier.itemId()
                    + "'; give this person a name of their own"));
      }
    }
    for (Member member : first.values()) {
      Pattern name = pattern(member.name());
      for (ItemText other : pack.itemTexts) {
        if (!other.itemId().equals(member.itemId())
            && mentions(other.text(), member.name(), name)) {
          pack.problems.add(
              new ContentProblem(
                  other.where().file(),
                  other.where().line(),
                  "'"
                      + other.itemId()
                      + "' uses the name '"
                      + member.name()
                      + "', a character in '"
                      + member.itemId()
                      + "'; give this person a name of their own"));
        }
      }
    }
  }

  static boolean mentions(String text, String name) {
    return mentions(text, name, pattern(name));
  }

  /**
   * The cheap substring test first: every name is looked for in every item, at each start of the
   * server, and the word-boundary pattern is needed only where the name's letters occur at all.
   */
  private static boolean mentions(String text, String name, Pattern pattern) {
    return text.contains(name) && pattern.matcher(text).find();
  }

  private static Pattern pattern(String name) {
    return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "(?![\\p{L}])");
  }
}
