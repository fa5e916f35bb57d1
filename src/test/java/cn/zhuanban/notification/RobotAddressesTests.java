package cn.zhuanban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.notification.domain.RobotAddresses;
import cn.zhuanban.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Group robots post business text and mobile numbers: only over https to an allowed host, never to an internal
 * address the system administrator picks (SSRF, and a way round 三员分立 to read business data).
 */
@IntegrationTest
class RobotAddressesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationSettings settings;

    @Autowired
    RobotAddresses addresses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRobotFormRefusesInternalOtherAndPlainHttpAddresses() throws Exception {
        long department = new NotificationFixtures(context).department();
        MockHttpSession admin = WebTestSupport.login(mvc, "sysadmin");
        for (String url : new String[] {
            "http://169.254.169.254/latest/meta-data/",
            "https://169.254.169.254/latest/meta-data/",
            "https://localhost:8102/actuator/health",
            "https://qyapi.weixin.qq.com.evil.com/cgi-bin/webhook/send?key=k",
            "https://qyapi.weixin.qq.com@evil.com/cgi-bin/webhook/send?key=k",
            "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"
        }) {
            String page = mvc.perform(post("/admin/notifications/robots/{id}", department)
                            .session(admin)
                            .with(csrf())
                            .param("wecomUrl", url)
                            .param("version", "0"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(page).as(url).containsAnyOf("群机器人只能发送到以下主机", "请输入以 https:// 开头的地址");
        }
        assertThat(jdbc.sql("select count(*) from department_robot where department_id = :d and wecom_url is not null")
                        .param("d", department)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theOfficialHostsAndListedOnesAreAllowed() {
        assertThat(addresses.allows("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"))
                .isTrue();
        assertThat(addresses.allows("https://OAPI.dingtalk.com/robot/send?access_token=t"))
                .isTrue();
        // Listed in the test profile, as an operator lists a private gateway.
        assertThat(addresses.allows("https://127.0.0.1:9/robot")).isTrue();
        assertThat(addresses.allows("https://127.0.0.2/robot")).isFalse();
        assertThat(addresses.allows("https://[::1]/robot")).isFalse();
        assertThat(addresses.allows("ftp://qyapi.weixin.qq.com/")).isFalse();
        assertThat(addresses.allows("not a url")).isFalse();
    }

    @Test
    void aRefusedAddressIsSaidBesideTheField() {
        long department = new NotificationFixtures(context).department();
        assertThatThrownBy(() -> settings.configureRobots(
                        department, new RobotForm(null, "https://10.0.0.8/robot/send", null, false, false, 0)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("dingtalkUrl"));
    }
}
