package org.allybot.core.signin;

import org.allybot.core.UserRef;

/**
 * Whom a one-time link was issued to: the member (and so the workspace), and whether their platform
 * called them an admin when they asked for it (Slack workspace admins, the shell's admin), which
 * the stored roster alone cannot tell.
 */
public record LinkHolder(UserRef user, boolean platformAdmin) {}
