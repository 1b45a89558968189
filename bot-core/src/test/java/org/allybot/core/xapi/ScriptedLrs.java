package org.allybot.core.xapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An LRS for the core's tests: answers each batch with the next scripted outcome (then accepts),
 * refuses batches holding a marked statement with a given status, and records every batch.
 */
final class ScriptedLrs implements Lrs {
  private final Deque<LrsOutcome> script = new ArrayDeque<>();
  private final Map<String, Integer> refusing = new HashMap<>();
  private final List<List<String>> batches = new ArrayList<>();
  private final Set<String> stored = new LinkedHashSet<>();
  private int resent;

  synchronized ScriptedLrs then(LrsOutcome outcome, int times) {
    for (int i = 0; i < times; i++) {
      script.addLast(outcome);
    }
    return this;
  }

  synchronized ScriptedLrs refusing(String statementId, int status) {
    refusing.put(statementId, status);
    return this;
  }

  @Override
  public synchronized LrsOutcome send(List<Statement> batch) {
    List<String> ids = batch.stream().map(Statement::id).toList();
    batches.add(ids);
    LrsOutcome next = script.pollFirst();
    if (next != null) {
      return next;
    }
    for (String id : ids) {
      if (refusing.containsKey(id)) {
        return new LrsOutcome.Refused(refusing.get(id));
      }
    }
    for (String id : ids) {
      resent += stored.add(id) ? 0 : 1;
    }
    return new LrsOutcome.Accepted();
  }

  synchronized List<List<String>> batches() {
    return List.copyOf(batches);
  }

  synchronized Set<String> stored() {
    return Set.copyOf(stored);
  }

  /** Statements accepted a second time. */
  synchronized int resent() {
    return resent;
  }
}
