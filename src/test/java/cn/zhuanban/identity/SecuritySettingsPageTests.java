package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The security administrator's lockout and password settings: saved within bounds, refused beside the input beyond. */
@IntegrationTest
class SecuritySettingsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void valuesOutOfBoundsAreShownBesideTheirInputsAndNothingIsSaved() throws Exception {
        Map<String, String> before = settings.all();
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        String page = mvc.perform(post("/admin/security")
                        .session(secadmin)
                        .with(csrf())
                        .param("maxFailedAttempts", "-1")
                        .param("lockMinutes", "30")
                        .param("passwordMinLength", "6")
                        .param("passwordMaxAgeDays", "400")
                        .param("passwordHistory", "5")
                        .param("dormantDays", "0")
                        .param("sessionsPerUser", "abc")
                        .param("secondFactorRequired", "3")
                        .param("version", Integer.toString(settings.version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("须为 3 到 10 之间的整数")
                .contains("等保三级要求至少 8 位")
                .contains("须为 0 到 365 之间的整数")
                .contains("须为 0 到 10 之间的整数")
                .contains("value=\"abc\"")
                .doesNotContain("须为 1 到 24")
                .contains("value=\"-1\"")
                .doesNotContain("须为 5 到 1440")
                .contains("请从选项中选择");
        assertThat(settings.all()).isEqualTo(before);
    }

    @Test
    void valuesWithinBoundsAreSaved() throws Exception {
        Map<String, String> before = settings.all();
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        mvc.perform(post("/admin/security")
                        .session(secadmin)
                        .with(csrf())
                        .param("maxFailedAttempts", before.get(SecuritySettings.MAX_FAILED_ATTEMPTS))
                        .param("lockMinutes", before.get(SecuritySettings.LOCK_MINUTES))
                        .param("passwordMinLength", before.get(SecuritySettings.PASSWORD_MIN_LENGTH))
                        .param("passwordMaxAgeDays", before.get(SecuritySettings.PASSWORD_MAX_AGE_DAYS))
                        .param("passwordHistory", before.get(SecuritySettings.PASSWORD_HISTORY))
                        .param("dormantDays", before.get(SecuritySettings.DORMANT_DAYS))
                        .param("sessionsPerUser", before.get(SecuritySettings.SESSIONS_PER_USER))
                        .param("secondFactorRequired", before.get(SecuritySettings.SECOND_FACTOR_REQUIRED))
                        .param("version", Integer.toString(settings.version())))
                .andExpect(redirectedUrl("/admin/security"));
        assertThat(settings.all()).isEqualTo(before);
    }

    @Test
    void aFormReadBeforeAnotherSaveIsRefusedKeepingWhatWasTyped() throws Exception {
        Map<String, String> before = settings.all();
        int read = settings.version();
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        mvc.perform(settingsPost(secadmin, before, before.get(SecuritySettings.LOCK_MINUTES), read))
                .andExpect(redirectedUrl("/admin/security"));

        String page = mvc.perform(settingsPost(secadmin, before, "77", read))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("在您编辑期间，这条记录已被修改（可能是在其他窗口）")
                .contains("value=\"77\"")
                .contains("name=\"version\" value=\"" + settings.version() + "\"");
        assertThat(settings.lockMinutes()).isEqualTo(Integer.parseInt(before.get(SecuritySettings.LOCK_MINUTES)));
    }

    private static MockHttpServletRequestBuilder settingsPost(
            MockHttpSession session, Map<String, String> values, String lockMinutes, int version) {
        return post("/admin/security")
                .session(session)
                .with(csrf())
                .param("maxFailedAttempts", values.get(SecuritySettings.MAX_FAILED_ATTEMPTS))
                .param("lockMinutes", lockMinutes)
                .param("passwordMinLength", values.get(SecuritySettings.PASSWORD_MIN_LENGTH))
                .param("passwordMaxAgeDays", values.get(SecuritySettings.PASSWORD_MAX_AGE_DAYS))
                .param("passwordHistory", values.get(SecuritySettings.PASSWORD_HISTORY))
                .param("dormantDays", values.get(SecuritySettings.DORMANT_DAYS))
                .param("sessionsPerUser", values.get(SecuritySettings.SESSIONS_PER_USER))
                .param("secondFactorRequired", values.get(SecuritySettings.SECOND_FACTOR_REQUIRED))
                .param("version", Integer.toString(version));
    }

    @Test
    void whoMustUseASecondFactorIsChosenFromThreeAndTheChangeIsAudited() throws Exception {
        Map<String, String> before = settings.all();
        MockHttpSession secadmin = WebTestSupport.login(mvc, "secadmin");
        assertThat(mvc.perform(get("/admin/security").session(secadmin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<select")
                .contains("不强制（用户可自行启用）")
                .contains("管理员（系统、安全、审计管理员）")
                .contains("全部用户");
        try {
            mvc.perform(post("/admin/security")
                            .session(secadmin)
                            .with(csrf())
                            .param("maxFailedAttempts", before.get(SecuritySettings.MAX_FAILED_ATTEMPTS))
                            .param("lockMinutes", before.get(SecuritySettings.LOCK_MINUTES))
                            .param("passwordMinLength", before.get(SecuritySettings.PASSWORD_MIN_LENGTH))
                            .param("passwordMaxAgeDays", before.get(SecuritySettings.PASSWORD_MAX_AGE_DAYS))
                            .param("passwordHistory", before.get(SecuritySettings.PASSWORD_HISTORY))
                            .param("dormantDays", before.get(SecuritySettings.DORMANT_DAYS))
                            .param("sessionsPerUser", before.get(SecuritySettings.SESSIONS_PER_USER))
                            .param("secondFactorRequired", "1")
                            .param("version", Integer.toString(settings.version())))
                    .andExpect(redirectedUrl("/admin/security"));
            assertThat(settings.secondFactorPolicy()).isEqualTo(SecondFactorPolicy.ADMINISTRATORS);
            AuditTrail.awaitRecord(jdbc, "security.setting-changed", "secadmin", "second-factor.required: 0 → 1");
        } finally {
            settings.set(SecuritySettings.SECOND_FACTOR_REQUIRED, 0);
        }
    }
}
