package org.allybot.core.signin;

import java.time.Duration;

/**
 * A link taken out of the store for one attempt at what it opens, with the time it had left, so
 * that an attempt that changed nothing (a form sent back with mistakes) can put it back as it was.
 * {@code sealedHolder} is the stored value, put back as it was taken.
 */
public record LinkClaim(
    LinkPurpose purpose,
    String tokenHash,
    String sealedHolder,
    LinkHolder holder,
    Duration timeLeft) {}
