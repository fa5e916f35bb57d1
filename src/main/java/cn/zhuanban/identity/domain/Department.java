package cn.zhuanban.identity.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department of the district (a node of the department tree). */
@Table("department")
public class Department {

    @Id
    private Long id;

    private Long parentId;
    private String name;
    private String code;
    private int sortOrder;

    @Version
    private int version;

    public static Department create(Long parentId, String name, String code, int sortOrder) {
        Department department = new Department();
        department.describe(parentId, name, code, sortOrder);
        return department;
    }

    public void describe(Long parentId, String name, String code, int sortOrder) {
        this.parentId = parentId;
        this.name = name;
        this.code = code;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getVersion() {
        return version;
    }
}
