package org.allybot.teams;

/** A request body that is not an activity the bot can handle; answered with 400. */
final class BadActivity extends Exception {
  BadActivity(String why) {
    super(why);
  }
}
