package cn.zhuanban.identity;

import java.util.Set;

public record RoleView(
        long id,
        String code,
        String name,
        String description,
        AdminDuty adminDuty,
        boolean builtin,
        DataScope dataScope,
        Set<String> permissions,
        int version) {}
