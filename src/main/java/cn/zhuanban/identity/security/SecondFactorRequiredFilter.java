package cn.zhuanban.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a session owes the login's second step (a code, or first an enrolment), that step's page is the only page it
 * can reach, like the forced password change; the password alone opens nothing else, the API included.
 */
class SecondFactorRequiredFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    SecondFactorRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecondFactorLogin.Step step = SecondFactorLogin.pending(request);
        if (step != null) {
            String page = step == SecondFactorLogin.Step.CODE
                    ? SecondFactorLogin.CODE_PAGE
                    : SecondFactorLogin.ENROLMENT_PAGE;
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!path.equals(page) && !allowed(path)) {
                if (ProblemResponses.isApi(request)) {
                    problems.owed(request, response, "second-factor-required");
                } else {
                    response.sendRedirect(request.getContextPath() + page);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals("/logout")
                || path.equals("/login")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/error");
    }
}
