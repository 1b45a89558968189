package org.allybot.core;

/** The chat platforms Allybot speaks to; the shell is the local one. */
public enum Platform {
  SLACK,
  TEAMS,
  SHELL
}
