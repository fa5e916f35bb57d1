package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A talent demand of an enterprise, optionally for one of its projects. */
@Table("talent_demand")
public class Demand {

    /** What the enterprise asks for. */
    public record Requirement(
            String position,
            int headcount,
            Education education,
            String discipline,
            int minYears,
            Integer salaryMin,
            Integer salaryMax,
            Urgency urgency,
            LocalDate neededBy,
            String location,
            String note) {}

    @Id
    private Long id;

    private long enterpriseId;
    private Long projectId;

    @Embedded.Empty
    private Requirement requirement;

    private DemandStatus status;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    public static Demand create(long enterpriseId, Long createdBy, Instant now) {
        Demand demand = new Demand();
        demand.enterpriseId = enterpriseId;
        demand.createdBy = createdBy;
        demand.status = DemandStatus.OPEN;
        demand.createdAt = now;
        return demand;
    }

    public void describe(Long projectId, Requirement requirement, Instant now) {
        this.projectId = projectId;
        this.requirement = requirement;
        this.updatedAt = now;
    }

    public void setStatus(DemandStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Requirement r = requirement;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enterpriseId", enterpriseId);
        fields.put("projectId", projectId);
        fields.put("position", r.position());
        fields.put("headcount", r.headcount());
        fields.put("education", r.education());
        fields.put("discipline", r.discipline());
        fields.put("minYears", r.minYears());
        fields.put("salaryMin", r.salaryMin());
        fields.put("salaryMax", r.salaryMax());
        fields.put("urgency", r.urgency());
        fields.put("neededBy", r.neededBy());
        fields.put("location", r.location());
        fields.put("note", ChangeSummary.typed(r.note()));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }
}
