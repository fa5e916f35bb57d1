package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 三员分立 still keeps the security administrator off another duty's accounts, but he may take back a duty he gave:
 * the account is left without any role, another active account keeps the duty, and the audit log says so.
 */
@IntegrationTest
class AdministratorDutyTakeBackTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecurityAdministratorTakesTheAuditDutyBackFromAnAccountAndItIsAudited() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);

        MvcResult result = takeBack(id);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id + "/edit");
        assertThat(directory.user(id).roles()).isEmpty();
        AuditTrail.awaitRecord(jdbc, "user.duty-revoked", Long.toString(id), null);
    }

    @Test
    void theDutyStaysWhenNoOtherEnabledAndUnlockedAccountHoldsIt() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);
        List<Holder> others = jdbc.sql("""
                        select distinct u.id, u.locked_until from app_user u
                        join user_role ur on ur.app_user = u.id join app_role r on r.id = ur.role_id
                        where r.admin_duty = 'AUDIT' and u.enabled = true and u.id <> :id""").param("id", id).query(Holder.class).list();
        assertThat(others).as("the demo auditor at least").isNotEmpty();
        // Every other holder locked: a locked account does not count as keeping the duty.
        others.forEach(h -> lock(h.id(), Timestamp.from(Instant.now().plus(Duration.ofHours(1)))));
        try {
            String page = takeBack(id).getResponse().getContentAsString();

            assertThat(page).contains("除此账号外没有其他启用且未锁定的账号担任“审计管理员”职责");
        } finally {
            others.forEach(h -> lock(h.id(), h.lockedUntil()));
        }
        assertThat(directory.user(id).roles()).containsExactly(BuiltinRoles.AUDITOR);
        awaitRefusal(id);
    }

    @Test
    void takingTheDutyBackCannotTurnTheAccountIntoABusinessUser() throws Exception {
        long id = IdentityTestUsers.createWithRole(
                identity, directory, IdentityTestUsers.uniqueUsername("auditor"), BuiltinRoles.AUDITOR);

        String page = mvc.perform(post("/admin/users/" + id + "/grant")
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("roleCodes", BuiltinRoles.SUPERVISION)
                        .param("dataScope", DataScope.ALL.name())
                        .param("version", Integer.toString(directory.user(id).version())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("安全管理员只能收回其职责（取消全部角色）");
        assertThat(directory.user(id).roles()).containsExactly(BuiltinRoles.AUDITOR);
        awaitRefusal(id);
    }

    @Test
    void theSecurityAdministratorCannotTakeTheDutyFromHisOwnAccount() throws Exception {
        long own = directory.findByUsername("secadmin").orElseThrow().id();

        String page = takeBack(own).getResponse().getContentAsString();

        assertThat(page).contains("不能给自己的账号授予角色或修改数据范围");
        assertThat(directory.user(own).roles()).containsExactly(BuiltinRoles.SECURITY_ADMIN);
    }

    private MvcResult takeBack(long id) throws Exception {
        return mvc.perform(post("/admin/users/" + id + "/grant")
                        .session(WebTestSupport.login(mvc, "secadmin"))
                        .with(csrf())
                        .param("dataScope", DataScope.ALL.name())
                        .param("version", Integer.toString(directory.user(id).version())))
                .andReturn();
    }

    private void lock(long id, Timestamp until) {
        jdbc.sql("update app_user set locked_until = :until where id = :id")
                .param("until", until)
                .param("id", id)
                .update();
    }

    private void awaitRefusal(long id) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select count(*) from audit_record where action = 'access.refused'
                                  and entity_id = 'secadmin' and summary like :summary""")
                                .param("summary", "POST /admin/users/" + id + "/grant %")
                                .query(Long.class)
                                .single()
                        > 0);
    }

    record Holder(long id, Timestamp lockedUntil) {}
}
