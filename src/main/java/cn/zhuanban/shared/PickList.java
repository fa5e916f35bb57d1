package cn.zhuanban.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * What a pick list on a form offers: a short page of the records matching the search box's words, and the record the
 * form already holds first when the page left it off; left off, saving the form would drop it. Shared by the pick lists
 * whose records outgrow a page (candidates, task forces).
 */
public final class PickList {

    private PickList() {}

    /**
     * {@code page}, with the {@code chosen} record put first when it is not on it and {@code find} (which keeps to the
     * user's scope) finds it; a chosen record the user may not see stays off.
     */
    public static <T> List<T> keepingChosen(
            List<T> page, Long chosen, ToLongFunction<T> idOf, LongFunction<Optional<T>> find) {
        List<T> offered = new ArrayList<>(page);
        if (chosen != null && offered.stream().noneMatch(t -> idOf.applyAsLong(t) == chosen)) {
            find.apply(chosen).ifPresent(offered::addFirst);
        }
        return offered;
    }
}
