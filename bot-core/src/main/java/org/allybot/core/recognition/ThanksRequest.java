package org.allybot.core.recognition;

import java.util.Optional;
import org.allybot.content.Sense;

/**
 * What a giver asked for, typed or through the form: whom to thank, for what, under which sense (or
 * empty to get a suggestion), whether to share it, and the quoted message (empty for none).
 */
record ThanksRequest(
    String recipientId, String what, Optional<Sense> sense, boolean wantsPublic, String quote) {}
