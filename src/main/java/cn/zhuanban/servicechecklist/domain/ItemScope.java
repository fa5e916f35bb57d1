package cn.zhuanban.servicechecklist.domain;

import java.util.Map;

/**
 * Which items a list reads, as a SQL condition on {@code service_item i} (fixed text, never built from input) with its
 * parameters: a department's own items, or the items of the projects in a user's scope.
 */
public record ItemScope(String sql, Map<String, Object> params) {

    public ItemScope {
        params = Map.copyOf(params);
    }

    public static ItemScope department(long departmentId) {
        return new ItemScope("i.department_id = :itemDepartment", Map.of("itemDepartment", departmentId));
    }
}
