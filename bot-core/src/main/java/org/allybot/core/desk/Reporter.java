package org.allybot.core.desk;

/**
 * The link to a report's reporter, like a community author's: {@code seal} is their user id
 * encrypted for this one report (opened only to send them a private message, or to show a named
 * reporter to the desk), and {@code check} is a keyed tag that answers "did this person report
 * it?", never "who reported it?". Both are empty once the reporter asked to be forgotten.
 */
public record Reporter(String seal, String check, boolean named) {}
