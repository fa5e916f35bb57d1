package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.talent.ServiceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A talent service item (housing, schooling, subsidy, social insurance) with an owner and a deadline. */
@Table("talent_service")
public class TalentService {

    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";

    @Id
    private Long id;

    private ServiceKind kind;
    private Long enterpriseId;
    private Long candidateId;
    private long ownerId;
    private LocalDate deadline;
    private String status;
    private LocalDate doneOn;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    public static TalentService open(Instant now) {
        TalentService service = new TalentService();
        service.status = OPEN;
        service.createdAt = now;
        return service;
    }

    public void describe(
            ServiceKind kind,
            Long enterpriseId,
            Long candidateId,
            long ownerId,
            LocalDate deadline,
            String description,
            Instant now) {
        this.kind = kind;
        this.enterpriseId = enterpriseId;
        this.candidateId = candidateId;
        this.ownerId = ownerId;
        this.deadline = deadline;
        this.description = description;
        this.updatedAt = now;
    }

    public void done(LocalDate on, Instant now) {
        this.status = DONE;
        this.doneOn = on;
        this.updatedAt = now;
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("enterpriseId", enterpriseId);
        fields.put("candidateId", candidateId);
        fields.put("ownerId", ownerId);
        fields.put("deadline", deadline);
        fields.put("description", ChangeSummary.typed(description));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getVersion() {
        return version;
    }
}
