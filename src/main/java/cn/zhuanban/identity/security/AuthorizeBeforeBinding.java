package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CheckedBeforeBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.util.Map;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC binds its parameters. Method security runs when the
 * handler is invoked, after binding: a user without the permission who left out a required parameter, sent a badly
 * typed one or an invalid body got 400 with the parameter's name or the body's field errors, and so learnt what the
 * endpoint expects, before being refused. Authorising before looking at the input closes that. Method security still
 * checks again on invocation; rules that read the handler's arguments ({@code #id}) are left to it alone, since they
 * need the arguments bound. A handler marked {@link CheckedBeforeBinding} has its item (named in the path) checked here
 * too: outside the user's scope 404, not his move 403, before any body is read.
 */
final class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
    private final BeanFactory beans;

    AuthorizeBeforeBinding(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = ruleOf(method);
        // A rule that needs the arguments ({@code #id}) is method security's alone.
        if (rule != null && !rule.value().contains("#")) {
            AuthorizationResult result =
                    rules.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), new Unbound(method));
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("Access Denied", result);
            }
        }
        checkPath(request, method);
        return true;
    }

    /** The handler's {@link CheckedBeforeBinding} check, for a logged-in user (anyone else is refused anyway). */
    private void checkPath(HttpServletRequest request, HandlerMethod method) {
        CheckedBeforeBinding check =
                AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CheckedBeforeBinding.class);
        if (check != null
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof ZhuanbanPrincipal principal) {
            @SuppressWarnings("unchecked")
            Map<String, String> path =
                    (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            beans.getBean(check.value()).check(path == null ? Map.of() : path, principal.currentUser());
        }
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
