package org.allybot.core.calendar;

/** The programme calendar's store and the signer of its calendar-file links. */
public record CalendarPorts(CalendarStore store, IcsLinks links) {}
