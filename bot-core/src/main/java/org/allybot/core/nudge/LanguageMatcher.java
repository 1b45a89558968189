package org.allybot.core.nudge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.allybot.content.LanguageRule;

/**
 * Finds the terms of the inclusive-language rules in a message: the same matcher for the server's
 * nudges and {@code allybot language check}. Built once per rule set; thread-safe once built.
 *
 * <p>It walks a {@link TermTrie} of whole words from every word of the message and keeps the
 * longest term starting there, then the leftmost of overlapping ones. Terms are at most a few words
 * long, so this costs a handful of hash lookups per word, with word boundaries for free.
 */
public final class LanguageMatcher {
  private final List<LanguageRule> rules;
  private final TermTrie trie = new TermTrie();

  private LanguageMatcher(List<LanguageRule> rules) {
    this.rules = List.copyOf(rules);
    for (int r = 0; r < this.rules.size(); r++) {
      LanguageRule rule = this.rules.get(r);
      for (String term : rule.terms()) {
        trie.addTerm(term, r);
      }
      for (String exception : rule.exceptions()) {
        trie.addException(exception, r);
      }
    }
  }

  public static LanguageMatcher of(List<LanguageRule> rules) {
    return new LanguageMatcher(rules);
  }

  public List<LanguageRule> rules() {
    return rules;
  }

  /** Every match in the message, in order. */
  public List<TermMatch> match(String text) {
    return match(text, id -> true);
  }

  /** The matches of the rules whose id {@code enabled} accepts, in order. */
  public List<TermMatch> match(String text, Predicate<String> enabled) {
    List<MessageTokens.Token> tokens = MessageTokens.of(text);
    List<TermMatch> found = new ArrayList<>();
    List<int[]> exceptions = new ArrayList<>();
    int coveredUntil = 0;
    for (int start = 0; start < tokens.size(); start++) {
      TermMatch longest = walk(tokens, start, enabled, exceptions);
      if (longest != null && start >= coveredUntil) {
        found.add(longest);
        coveredUntil = longest.end();
      }
    }
    List<TermMatch> kept = new ArrayList<>(found.size());
    for (TermMatch m : found) {
      if (!excepted(m, exceptions) && !ProperNames.isPartOfName(tokens, m.start(), m.end())) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** The longest enabled term from {@code start}; notes every exception passed on the way. */
  private TermMatch walk(
      List<MessageTokens.Token> tokens,
      int start,
      Predicate<String> enabled,
      List<int[]> exceptions) {
    TermTrie.Node node = trie.root();
    TermMatch longest = null;
    for (int k = start; k < tokens.size(); k++) {
      node = node.child(tokens.get(k).word());
      if (node == null) {
        break;
      }
      for (int rule : node.exceptionOf) {
        exceptions.add(new int[] {rule, start, k + 1});
      }
      if (node.rule >= 0 && enabled.test(rules.get(node.rule).id())) {
        longest = new TermMatch(rules.get(node.rule), node.term, start, k + 1);
      }
    }
    return longest;
  }

  private boolean excepted(TermMatch m, List<int[]> exceptions) {
    for (int[] e : exceptions) {
      if (rules.get(e[0]) == m.rule() && e[1] < m.end() && m.start() < e[2]) {
        return true;
      }
    }
    return false;
  }
}
