package cn.zhuanban.identity.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains: the REST API (bearer tokens or the browser session, problem-detail errors)
 * and the pages (form login). Both check CSRF for session-authenticated changes, send a CSP
 * that allows only our own scripts and styles, and leave permission checks to the controllers'
 * {@code @PreAuthorize}, so every page, fragment and API call is checked on the server. The API's description is
 * for those who integrate only ({@link ApiDescriptionAccess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'self'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The login's provider, with the account-state checks in the order {@link AccountStateChecks} explains. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(ZhuanbanUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(AccountStateChecks.BEFORE_PASSWORD);
        provider.setPostAuthenticationChecks(AccountStateChecks.AFTER_PASSWORD);
        return provider;
    }

    @Bean
    AuthorityRefreshFilter authorityRefreshFilter(
            ZhuanbanUserDetailsService users,
            SessionRefresh refresh,
            Clock clock,
            @Value("${zhuanban.security.authority-refresh:PT30S}") Duration interval) {
        return new AuthorityRefreshFilter(users, refresh, interval, clock);
    }

    /** The refresh filter runs inside the security chains only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<AuthorityRefreshFilter> authorityRefreshFilterRegistration(AuthorityRefreshFilter filter) {
        FilterRegistrationBean<AuthorityRefreshFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokens tokens,
            ZhuanbanUserDetailsService users,
            ProblemResponses problems,
            AuthorityRefreshFilter refresh)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesToken))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(refresh, AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorRequiredFilter(problems), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            LoginHandlers handlers,
            ProblemResponses problems,
            SessionTimeout timeout,
            AuthorityRefreshFilter refresh)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/error",
                                "/error/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers(ApiDescriptionAccess.PATHS)
                        .access(new ApiDescriptionAccess())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(handlers))
                .addFilterBefore(refresh, AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorRequiredFilter(problems), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(SessionTimeout.returnTo()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(timeout).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
