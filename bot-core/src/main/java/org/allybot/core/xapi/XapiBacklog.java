package org.allybot.core.xapi;

/**
 * The export's state for admins and metrics: statements waiting for the LRS, and how many it
 * refused and were set aside (ever, across instances).
 */
public record XapiBacklog(long waiting, long setAside) {}
