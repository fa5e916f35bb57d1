package cn.zhuanban.project;

/** A task force in the list: who leads it and how big it is. */
public record TaskForceSummary(
        long id,
        String name,
        String leadName,
        String chiefServiceOfficerName,
        int memberCount,
        int departmentCount,
        int projectCount) {}
