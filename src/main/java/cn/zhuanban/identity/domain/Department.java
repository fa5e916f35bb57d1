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
    private Long headUserId;

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

    /** The head (负责人), told of red cards and supervision notices; null when none is set. */
    public void appointHead(Long userId) {
        this.headUserId = userId;
    }

    public Long getHeadUserId() {
        return headUserId;
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
