package cn.zhuanban.shared;

import java.util.List;

/**
 * A page request. What a user asks for ({@link #of}) is clamped to {@link #MAX_SIZE} rows; code that walks a whole
 * ledger ({@link Pages}) may take up to {@link #WALK_SIZE} at a time, and nothing takes a million rows at once.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    /**
     * Rows per page when an export or a scope lookup walks every page. Each page repeats the count and skips the rows
     * before it, so 200 rows a page made a 100,000-ticket export cost 500 counts and 25 million skipped rows (13 s on
     * PostgreSQL); 2,000 keeps that to 50 counts, and a page's lookups by id stay far below the drivers' limit of
     * bound parameters.
     */
    public static final int WALK_SIZE = 2_000;

    public PageQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, WALK_SIZE);
    }

    /**
     * Rows per page a list's pager offers (layout/fragments :: pager); the largest is also the most a list page takes,
     * whatever {@code ?size=} says: a page of a thousand rows is no page to read, and each row is rendered.
     */
    public static final List<Integer> LIST_SIZES = List.of(20, 50, 100);

    /** A page of a list as the user asked for it: {@code size} missing or not positive is the list's own size. */
    public static PageQuery ofList(Integer page, Integer size, int listSize) {
        int rows = size == null || size <= 0 ? listSize : Math.min(size, LIST_SIZES.getLast());
        return new PageQuery(page == null ? 0 : page, rows);
    }

    /** A page as asked for through the API, at most {@link #MAX_SIZE} rows. */
    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? 20 : Math.min(size, MAX_SIZE));
    }

    public long offset() {
        return (long) page * size;
    }
}
