package org.allybot.core.desk;

/**
 * Where a report is in its life. {@code ESCROW} reports are sealed away from the desk until a
 * second report names the same person and their reporter releases them.
 */
public enum ReportState {
  ESCROW("held in escrow"),
  NEW("new"),
  PICKED_UP("picked up"),
  WAITING_FOR_REPORTER("waiting for the reporter"),
  WITH_HR("with HR"),
  CLOSED("closed");

  private final String label;

  ReportState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Open reports are in the desk's list: everything but escrow and closed. */
  public boolean open() {
    return this != ESCROW && this != CLOSED;
  }
}
