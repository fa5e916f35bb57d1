package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A refused form is shown again as the answer to its post, so the address bar kept the post's address: a reload
 * posted the form once more (the browser's "confirm resubmission"), and the address, kept or opened later, was no page
 * where the post has no GET ({@code .../update}: 405). After a refused post the address bar shows the page the form
 * was on instead, the post's Referer when it is one of ours, with its query: the layout names it ({@code <meta
 * name="form-page">}) and app.js puts it in place of the post's address, so a reload shows the form page again. A
 * boosted htmx form would push the post's address (htmx 2.0.10 pushes for a boosted form even beside {@code
 * hx-push-url="false"}): it is answered with {@code HX-Replace-Url}. Any other htmx post leaves the address alone, and
 * a save that went through redirects, so both are left as they are.
 */
@Configuration(proxyBeanMethods = false)
public class FormPageAddress implements WebMvcConfigurer, HandlerInterceptor {

    /** The model's name for the form page's address, read by the layout. */
    static final String MODEL_NAME = "formPage";

    static final String REPLACE_URL_HEADER = "HX-Replace-Url";

    private static final String REFUSED = FormPageAddress.class.getName() + ".REFUSED";

    /**
     * Marks this request's form as refused: {@link FormErrors} calls it for every refusal it words, which is every
     * form's (a controller that words a refusal itself leaves the address as it was).
     */
    static void refused() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (view == null || isRead(request) || isRedirect(view) || request.getAttribute(REFUSED) == null) {
            return;
        }
        String page = formPage(request);
        if (page == null) {
            return;
        }
        if (!"true".equals(request.getHeader("HX-Request"))) {
            view.addObject(MODEL_NAME, page);
        } else if ("true".equals(request.getHeader("HX-Boosted"))) {
            response.setHeader(REPLACE_URL_HEADER, page);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean isRedirect(ModelAndView view) {
        String name = view.getViewName();
        return (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")))
                || (view.getView() instanceof SmartView smart && smart.isRedirectView());
    }

    /**
     * The path and query of the page the post came from, when that page is one of ours (same scheme, host and port as
     * this request, under its context path) and is not the post's own address; else none. Also the page a menu's post
     * goes back to.
     */
    public static @Nullable String formPage(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        URI page;
        try {
            page = new URI(referer);
        } catch (URISyntaxException e) {
            return null;
        }
        String path = page.getRawPath();
        if (!isOurs(request, page)
                || path == null
                || !path.startsWith(request.getContextPath() + "/")
                || path.startsWith("//")
                || path.equals(request.getRequestURI())) {
            return null;
        }
        return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
    }

    private static boolean isOurs(HttpServletRequest request, URI page) {
        if (page.getScheme() == null || page.getHost() == null) {
            return false;
        }
        int port = page.getPort() != -1 ? page.getPort() : "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
        return page.getScheme().equalsIgnoreCase(request.getScheme())
                && page.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }
}
