package org.allybot.core.xapi;

import java.util.List;

/**
 * A learning record store as the forwarder sees it: one call that posts a batch of statements. The
 * server implements it over HTTP; the core never talks HTTP itself.
 */
public interface Lrs {
  /** Posts the statements as one batch; never throws for a network or HTTP failure. */
  LrsOutcome send(List<Statement> batch);
}
