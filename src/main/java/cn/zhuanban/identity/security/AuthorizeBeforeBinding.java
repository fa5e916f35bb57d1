package cn.zhuanban.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC binds its parameters. Method security runs when the
 * handler is invoked, after binding: a user without the permission who left out a required parameter, sent a badly
 * typed one or an invalid body got 400 with the parameter's name or the body's field errors, and so learnt what the
 * endpoint expects, before being refused. Authorising before looking at the input closes that. Method security still
 * checks again on invocation; rules that read the handler's arguments ({@code #id}) are left to it alone, since they
 * need the arguments bound.
 */
final class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = ruleOf(method);
        if (rule == null || rule.value().contains("#")) {
            return true; // nothing to check, or a rule that needs the arguments: method security's alone
        }
        AuthorizationResult result =
                rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), new Unbound(method));
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    /** The handler's own rule, else its class's, as method security finds them. */
    private static PreAuthorize ruleOf(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        return rule != null
                ? rule
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
    }

    /** The handler's invocation as method security sees it, before any argument is bound. */
    private record Unbound(HandlerMethod handler) implements MethodInvocation {

        @Override
        public Method getMethod() {
            return handler.getMethod();
        }

        @Override
        public Object[] getArguments() {
            return new Object[handler.getMethodParameters().length];
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException("only authorised here, invoked by Spring MVC");
        }

        @Override
        public Object getThis() {
            return handler.getBean();
        }

        @Override
        public AccessibleObject getStaticPart() {
            return handler.getMethod();
        }
    }
}
