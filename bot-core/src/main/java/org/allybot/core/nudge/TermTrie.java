package org.allybot.core.nudge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over whole words: each edge is one normalised word, so a term can only match on word
 * boundaries, and a phrase of several words costs one hash lookup per word. A node may end a term
 * (of one rule) and any number of exceptions (each of one rule).
 */
final class TermTrie {
  static final class Node {
    private final Map<String, Node> next = new HashMap<>(4);
    int rule = -1;
    String term;
    final List<Integer> exceptionOf = new ArrayList<>(0);

    Node child(String word) {
      return next.get(word);
    }
  }

  private final Node root = new Node();

  Node root() {
    return root;
  }

  /** Adds a term of rule {@code rule}; a term already taken keeps its first rule. */
  void addTerm(String phrase, int rule) {
    Node end = insert(phrase);
    if (end.rule < 0) {
      end.rule = rule;
      end.term = phrase;
    }
  }

  void addException(String phrase, int rule) {
    insert(phrase).exceptionOf.add(rule);
  }

  private Node insert(String phrase) {
    Node node = root;
    for (String word : words(phrase)) {
      node = node.next.computeIfAbsent(word, w -> new Node());
    }
    return node;
  }

  /** A rule's phrase as the matcher sees it: the same tokens a message would give. */
  static List<String> words(String phrase) {
    return MessageTokens.of(phrase).stream().map(MessageTokens.Token::word).toList();
  }
}
