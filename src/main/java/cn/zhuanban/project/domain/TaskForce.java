package cn.zhuanban.project.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service task force (服务工作专班). Its chief service officer is always one of its members, so
 * that "the members" is a complete list of the people serving its projects.
 */
@Table("task_force")
public class TaskForce {

    @Id
    private Long id;

    private String name;
    private Long leadUserId;
    private Long chiefServiceOfficerId;

    @MappedCollection(idColumn = "task_force")
    private Set<TaskForceMember> members = new HashSet<>();

    @MappedCollection(idColumn = "task_force")
    private Set<TaskForceDepartment> departments = new HashSet<>();

    @Version
    private int version;

    public static TaskForce create(
            String name, Long leadUserId, Long chiefServiceOfficerId, Set<Long> memberIds, Set<Long> departmentIds) {
        TaskForce taskForce = new TaskForce();
        taskForce.organise(name, leadUserId, chiefServiceOfficerId, memberIds, departmentIds);
        return taskForce;
    }

    public void organise(
            String name, Long leadUserId, Long chiefServiceOfficerId, Set<Long> memberIds, Set<Long> departmentIds) {
        this.name = name.strip();
        this.leadUserId = leadUserId;
        this.chiefServiceOfficerId = chiefServiceOfficerId;
        Set<Long> people = new HashSet<>(memberIds);
        if (chiefServiceOfficerId != null) {
            people.add(chiefServiceOfficerId);
        }
        this.members = people.stream().map(TaskForceMember::new).collect(Collectors.toCollection(HashSet::new));
        this.departments =
                departmentIds.stream().map(TaskForceDepartment::new).collect(Collectors.toCollection(HashSet::new));
    }

    public Set<Long> memberIds() {
        return members.stream().map(TaskForceMember::userId).collect(Collectors.toSet());
    }

    public Set<Long> departmentIds() {
        return departments.stream().map(TaskForceDepartment::departmentId).collect(Collectors.toSet());
    }

    /** The fields as the audit summary shows them, in a fixed order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("leadUserId", leadUserId);
        fields.put("chiefServiceOfficerId", chiefServiceOfficerId);
        fields.put("memberIds", new TreeSet<>(memberIds()));
        fields.put("departmentIds", new TreeSet<>(departmentIds()));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public Long getChiefServiceOfficerId() {
        return chiefServiceOfficerId;
    }

    public int getVersion() {
        return version;
    }
}
