package cn.zhuanban.project.domain;

import cn.zhuanban.project.ProjectCode;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A key project. Guards its own rules: the target finish never lies before the start, the code
 * is well-formed, and the status light changes only through {@link ProjectLights}.
 */
@Table("project")
public class Project {

    /** Everything a person edits about a project. */
    public record Details(
            String name,
            ProjectCode code,
            long enterpriseId,
            ProjectLevel level,
            ProjectStage stage,
            BigDecimal totalInvestment,
            LocalDate start,
            LocalDate targetFinish,
            Long leadOfficialId,
            Long taskForceId,
            String location,
            String description) {}

    @Id
    private Long id;

    private String name;
    private String projectCode;
    private long enterpriseId;
    private ProjectLevel level;
    private ProjectStage stage;
    private BigDecimal totalInvestment;
    private LocalDate startDate;
    private LocalDate targetFinish;
    private Long leadOfficialId;
    private Long taskForceId;
    // Read here, written only by ProjectLights: see there why.
    @ReadOnlyProperty
    private StatusLight statusLight;

    @ReadOnlyProperty
    private String lightReason;

    @ReadOnlyProperty
    private Instant lightChangedAt;

    private String location;
    private String description;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @PersistenceCreator
    Project(Long id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public static Project register(Details details, Instant now) {
        Project project = new Project(null, now);
        project.statusLight = StatusLight.GREEN;
        project.describe(details, now);
        return project;
    }

    public void describe(Details d, Instant now) {
        if (d.targetFinish().isBefore(d.start())) {
            throw new BusinessException(ErrorCode.PROJECT_DATES, "targetFinish");
        }
        this.name = d.name().strip();
        this.projectCode = d.code() == null ? null : d.code().value();
        this.enterpriseId = d.enterpriseId();
        this.level = d.level();
        this.stage = d.stage();
        this.totalInvestment = d.totalInvestment();
        this.startDate = d.start();
        this.targetFinish = d.targetFinish();
        this.leadOfficialId = d.leadOfficialId();
        this.taskForceId = d.taskForceId();
        this.location = blankToNull(d.location());
        this.description = blankToNull(d.description());
        this.updatedAt = now;
    }

    /** The edited fields as the audit summary shows them, in a fixed order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("projectCode", projectCode);
        fields.put("enterpriseId", enterpriseId);
        fields.put("level", level);
        fields.put("stage", stage);
        fields.put("totalInvestment", totalInvestment);
        fields.put("start", startDate);
        fields.put("targetFinish", targetFinish);
        fields.put("leadOfficialId", leadOfficialId);
        fields.put("taskForceId", taskForceId);
        fields.put("location", location);
        fields.put("description", ChangeSummary.typed(description));
        return fields;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public StatusLight getStatusLight() {
        return statusLight;
    }

    public String getLightReason() {
        return lightReason;
    }

    public int getVersion() {
        return version;
    }
}
