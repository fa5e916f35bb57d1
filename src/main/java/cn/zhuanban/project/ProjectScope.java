package cn.zhuanban.project;

import java.util.Map;

/**
 * A user's project data scope as a SQL condition on the {@code project} table aliased {@code p}, for
 * modules whose rows hang off a project (monthly investment, the cockpit) and must filter by the
 * same scope in their own aggregate queries instead of loading ids. The text is fixed per scope,
 * never built from input; put it in parentheses and pass the parameters along.
 */
public record ProjectScope(String sql, Map<String, Object> params) {

    public ProjectScope {
        params = Map.copyOf(params);
    }
}
