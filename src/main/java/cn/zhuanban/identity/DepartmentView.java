package cn.zhuanban.identity;

/** A department with its depth in the tree, listed in tree order; {@code headUserId} may be null. */
public record DepartmentView(
        long id, Long parentId, String name, String code, int sortOrder, int depth, int version, Long headUserId) {}
