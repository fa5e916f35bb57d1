package cn.zhuanban.investment;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Stages of a lead (domain.md §7). A lead moves one stage forward at a time, so that every stage
 * it passed has its own date, or ends as TERMINATED (with a reason) from any stage before
 * production.
 */
public enum LeadStage {
    LEAD,
    CONTACTED,
    NEGOTIATING,
    SIGNED,
    REGISTERED,
    STARTED,
    IN_PRODUCTION,
    TERMINATED;

    /** The stages of the forward path, without TERMINATED. */
    public static final List<LeadStage> PATH =
            List.of(LEAD, CONTACTED, NEGOTIATING, SIGNED, REGISTERED, STARTED, IN_PRODUCTION);

    public boolean canMoveTo(LeadStage target) {
        if (this == TERMINATED || this == IN_PRODUCTION) {
            return false;
        }
        return target == TERMINATED || target.ordinal() == ordinal() + 1;
    }

    /** The moves open from here, in the order the page offers them. */
    public List<LeadStage> nextMoves() {
        return java.util.Arrays.stream(values()).filter(this::canMoveTo).toList();
    }

    /** Signed or later on the forward path: the lead may become a key project. */
    public boolean isSigned() {
        return this != TERMINATED && ordinal() >= SIGNED.ordinal();
    }

    /** The stage's name as the user reads it, for messages that name a stage. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"attraction.stage." + name()}, name());
    }

    /** Still being attracted: follow-ups are expected, and their absence is flagged. */
    public boolean isPipeline() {
        return ordinal() <= SIGNED.ordinal();
    }
}
