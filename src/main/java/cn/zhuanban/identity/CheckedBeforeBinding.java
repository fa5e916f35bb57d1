package cn.zhuanban.identity;

import cn.zhuanban.shared.NotFoundException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A handler whose item, named in its path, is checked before any parameter or body is read: a user outside the item's
 * data scope gets 404 and one whose move it is not 403, never a 400 that describes the input the endpoint expects (the
 * README promises 403 and 404 first). {@code @PreAuthorize} is checked before binding already; this adds the checks
 * that need the item.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckedBeforeBinding {

    /** The bean that checks the path's variables for the current user. */
    Class<? extends PathCheck> value();

    /** Checks a request's path variables; throws the refusal (404, 403) the handler itself would throw later. */
    interface PathCheck {
        void check(Map<String, String> path, CurrentUser user);

        /**
         * The path's variable {@code name} as the number of a {@code kind} ({@code "project"}, {@code "user"}): any
         * other text names nothing, so it is not found like an unknown number, not a 400 about the address.
         */
        static long number(Map<String, String> path, String name, String kind) {
            try {
                return Long.parseLong(path.get(name));
            } catch (NumberFormatException e) {
                throw new NotFoundException(kind, path.get(name));
            }
        }
    }
}
