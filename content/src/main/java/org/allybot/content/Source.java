package org.allybot.content;

/** Where a lesson's fact or figure comes from, shown as "Read more". */
public record Source(String title, String publisher, int year, String url) {}
