package cn.zhuanban.identity.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * The login before the current one: when, from which address, and how many failed attempts came after it. Kept for
 * one page in the session (flash), so it is serializable for the shared session store.
 */
public record PreviousLogin(Instant at, String address, int failedAttemptsSince) implements Serializable {}
