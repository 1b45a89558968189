package org.allybot.core.desk;

import java.time.Instant;

/**
 * One change of a report's state: who ({@code by}: a desk member's user id, or "reporter" or
 * "allybot"), when, and from which state to which. Never any content.
 */
public record AuditEntry(Instant at, String by, ReportState from, ReportState to) {}
