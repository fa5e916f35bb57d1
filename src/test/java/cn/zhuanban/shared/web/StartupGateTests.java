package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Until the application is ready (the demo district seeded, the identity bootstrap done) every request but the
 * actuator's is answered 503 "系统正在初始化，请稍候": logins that came in while the seeding held app_user got a 500 and
 * were audited as failed logins.
 */
class StartupGateTests {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = new StartupGate(availability, messages());

    @Test
    void beforeTheApplicationIsReadyALoginIsAnswered503AndGoesNoFurther() throws Exception {
        // no Accept-Language (a script, a probe): the district's language
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(login, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("系统正在初始化，请稍候");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void theActuatorStaysOpenForTheReadinessProbe() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void onceReadyEveryRequestPasses() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("POST", "/login"), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("startup.initializing", Locale.SIMPLIFIED_CHINESE, "系统正在初始化，请稍候。");
        messages.addMessage("startup.initializing", Locale.ENGLISH, "The system is starting up, please wait a moment.");
        return messages;
    }
}
