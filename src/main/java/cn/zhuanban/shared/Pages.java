package cn.zhuanban.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks every row of a paged query, page by page of the largest size, for exports and scope lookups. */
public final class Pages {

    private Pages() {}

    /** Calls {@code action} for each row of every page {@code fetch} returns, until the last page. */
    public static <T> void each(Function<PageQuery, PageResult<T>> fetch, Consumer<? super T> action) {
        eachPage(fetch, rows -> rows.forEach(action));
    }

    /** Calls {@code action} with the rows of each page: for writers that look up names a page at a time. */
    public static <T> void eachPage(Function<PageQuery, PageResult<T>> fetch, Consumer<List<T>> action) {
        PageResult<T> result;
        int page = 0;
        do {
            result = fetch.apply(new PageQuery(page++, PageQuery.WALK_SIZE));
            action.accept(result.content());
        } while (result.hasNext());
    }
}
