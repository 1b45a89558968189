package org.allybot.core;

/** What a platform says a user id belongs to: a person, a bot, or nobody it knows. */
public enum UserKind {
  PERSON,
  BOT,
  UNKNOWN
}
