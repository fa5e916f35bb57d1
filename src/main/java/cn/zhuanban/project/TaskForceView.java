package cn.zhuanban.project;

import java.util.List;

/** A task force with the names of its people and departments. */
public record TaskForceView(
        long id,
        String name,
        Long leadUserId,
        String leadName,
        Long chiefServiceOfficerId,
        String chiefServiceOfficerName,
        List<Named> members,
        List<Named> departments,
        int version) {

    public TaskForceView {
        members = List.copyOf(members);
        departments = List.copyOf(departments);
    }
}
