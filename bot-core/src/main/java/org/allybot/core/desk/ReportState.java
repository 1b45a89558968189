package org.allybot.core.desk;

import org.allybot.core.language.Messages;

/**
 * Where a report is in its life. {@code ESCROW} reports are sealed away from the desk until a
 * second report names the same person and their reporter releases them.
 */
public enum ReportState {
  ESCROW("escrow"),
  NEW("new"),
  PICKED_UP("picked-up"),
  WAITING_FOR_REPORTER("waiting"),
  WITH_HR("with-hr"),
  CLOSED("closed");

  private final String key;

  ReportState(String key) {
    this.key = "desk.state." + key;
  }

  /** How it reads on the desk and to the reporter, in the reader's language. */
  public String label(Messages say) {
    return say.text(key);
  }

  /** Open reports are in the desk's list: everything but escrow and closed. */
  public boolean open() {
    return this != ESCROW && this != CLOSED;
  }
}
