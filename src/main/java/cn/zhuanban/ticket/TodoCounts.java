package cn.zhuanban.ticket;

/** How many tickets wait in each of the user's to-do lists (within the user's data scope). */
public record TodoCounts(
        long toAssign,
        long toSign,
        long toHandle,
        long overdue,
        long toReview,
        long toDecideExtension,
        long toDecideReturn,
        long toRate,
        long toConfirmRejection,
        long supervised,
        long escalatedToLeader,
        long escalatedByDissatisfaction) {

    public long of(TicketTodo todo) {
        return switch (todo) {
            case TO_ASSIGN -> toAssign;
            case TO_SIGN -> toSign;
            case TO_HANDLE -> toHandle;
            case OVERDUE -> overdue;
            case TO_REVIEW -> toReview;
            case TO_DECIDE_EXTENSION -> toDecideExtension;
            case TO_DECIDE_RETURN -> toDecideReturn;
            case TO_RATE -> toRate;
            case TO_CONFIRM_REJECTION -> toConfirmRejection;
            case SUPERVISED -> supervised;
            case ESCALATED_TO_LEADER -> escalatedToLeader;
            case ESCALATED_BY_DISSATISFACTION -> escalatedByDissatisfaction;
        };
    }
}
