package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;

/**
 * Who follows tickets as staff: whoever assigns, handles, coordinates or watches the figures of tickets. An enterprise
 * contact reports and rates his own problems but follows none of this: not the other to-do lists, not the
 * departments, not the internal time limits (SLA rules).
 */
public final class TicketStaff {

    /** The same rule as {@link #follows}, for {@code @PreAuthorize}. */
    public static final String FOLLOWS = "hasAnyAuthority('" + Permissions.TICKET_DISPATCH + "', '"
            + Permissions.TICKET_HANDLE + "', '" + Permissions.TICKET_SUSPEND + "', '" + Permissions.TICKET_METRICS
            + "')";

    private TicketStaff() {}

    public static boolean follows(CurrentUser user) {
        return user.can(Permissions.TICKET_DISPATCH)
                || user.can(Permissions.TICKET_HANDLE)
                || user.can(Permissions.TICKET_SUSPEND)
                || user.can(Permissions.TICKET_METRICS);
    }
}
