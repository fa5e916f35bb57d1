package cn.zhuanban.notification;

import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test rows of their own for notification tests (the context and database are shared): departments
 * and users with unique names, and ticket events published in a committed transaction, as the
 * ticket module will publish them.
 */
public final class NotificationFixtures {

    private static final AtomicLong TICKET_IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private final DepartmentManagement departments;
    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    public NotificationFixtures(ApplicationContext context) {
        this.departments = context.getBean(DepartmentManagement.class);
        this.identity = context.getBean(IdentityManagement.class);
        this.directory = context.getBean(UserDirectory.class);
        this.events = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public static long newTicketId() {
        return TICKET_IDS.incrementAndGet();
    }

    public long department() {
        String code = "T" + unique();
        return departments.create(new DepartmentForm(null, "测试部门" + code, code, 99, 0));
    }

    public void appointHead(long departmentId, long userId) {
        DepartmentView d = departments.find(departmentId).orElseThrow();
        departments.edit(
                departmentId, new DepartmentForm(d.parentId(), d.name(), d.code(), d.sortOrder(), d.version(), userId));
    }

    /** A user with the demo password (so tests can log in), a phone and an e-mail address. */
    public long user(String role, Long departmentId) {
        String username = "t" + unique();
        long id = identity.createUser(new NewUser(
                username,
                "测试" + username,
                departmentId,
                null,
                "1380000" + (int) (Math.random() * 9000 + 1000),
                username + "@test.zhuanban.cn",
                WebTestSupport.DEMO_PASSWORD));
        identity.grant(
                id,
                new Grant(
                        Set.of(role),
                        // an enterprise contact is granted his enterprise's scope only
                        BuiltinRoles.ENTERPRISE_CONTACT.equals(role) ? DataScope.ENTERPRISE : DataScope.DEPARTMENT,
                        directory.user(id).version()));
        identity.waivePasswordChange(id);
        return id;
    }

    public String username(long userId) {
        return directory.user(userId).username();
    }

    /** Publishes in a transaction that commits, so that the registry delivers after commit. */
    public void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    public static TicketStepRecorded step(long ticketId, int step, String action, Long departmentId, Long reporterId) {
        return new TicketStepRecorded(
                Actor.of("dispatch"),
                ticketId,
                step,
                action,
                TicketState.REPORTED,
                TicketState.ASSIGNED,
                1L,
                departmentId,
                reporterId,
                null,
                "测试工单" + ticketId,
                "");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
