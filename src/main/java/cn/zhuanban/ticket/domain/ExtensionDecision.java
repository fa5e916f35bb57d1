package cn.zhuanban.ticket.domain;

/**
 * The office's answer to a request for an extension, recorded as the result of its step (the timeline names it in
 * the reader's words, {@code ticket.extension-decision.APPROVED}) apart from the date asked for and the reason.
 */
enum ExtensionDecision {
    APPROVED,
    REFUSED
}
