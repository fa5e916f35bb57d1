package cn.zhuanban.identity;

/** A department with its depth in the tree, listed in tree order. */
public record DepartmentView(long id, Long parentId, String name, String code, int sortOrder, int depth, int version) {}
