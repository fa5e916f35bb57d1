package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An investment lead. Guards its stage machine: one step forward at a time or TERMINATED with a
 * reason, never a date before the previous move or after today, so cohort dates are exact.
 */
@Table("investment_lead")
public class Lead {

    @Id
    private Long id;

    @Embedded.Empty
    private LeadProfile profile;

    @Embedded.Empty
    private ContractTerms contract = ContractTerms.NONE;

    private LeadStage stage;
    private LocalDate createdOn;
    private LocalDate lastFollowUpOn;
    private String terminationReason;
    private Long enterpriseId;
    private Long projectId;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "investment_lead")
    private Set<StageMoveRecord> moves = new HashSet<>();

    @Version
    private int version;

    public static Lead open(LeadProfile profile, LocalDate today, String by, Instant now) {
        Lead lead = new Lead();
        lead.profile = profile;
        lead.stage = LeadStage.LEAD;
        lead.createdOn = today;
        lead.createdAt = now;
        lead.updatedAt = now;
        lead.moves.add(new StageMoveRecord(LeadStage.LEAD, today, by, null));
        return lead;
    }

    /**
     * A move by hand. Past SIGNED (registered, started, in production) only once the lead became a key project
     * (domain.md §7): those stages describe the project, and a lead counted "in production" without one would be
     * a producing investment nobody can find among the key projects.
     */
    public void moveTo(LeadStage target, LocalDate on, String note, String by, LocalDate today) {
        if (stage.canMoveTo(target) && target != LeadStage.TERMINATED && !target.isPipeline() && projectId == null) {
            throw new BusinessException(ErrorCode.LEAD_NOT_CONVERTED, "target", target.label());
        }
        step(target, on, note, by, today);
    }

    private void step(LeadStage target, LocalDate on, String note, String by, LocalDate today) {
        if (!stage.canMoveTo(target)) {
            throw new BusinessException(ErrorCode.LEAD_STAGE_MOVE, "target", stage.label(), target.label());
        }
        if (target == LeadStage.TERMINATED && (note == null || note.isBlank())) {
            throw new BusinessException(ErrorCode.LEAD_TERMINATION_REASON, "note");
        }
        LocalDate previous = lastMove().movedOn();
        if (on.isBefore(previous) || on.isAfter(today)) {
            throw BusinessException.invalid("on", "investment.lead.move-date-invalid", previous);
        }
        moves.add(new StageMoveRecord(target, on, by, note));
        if (target == LeadStage.TERMINATED) {
            terminationReason = note;
        }
        stage = target;
    }

    /**
     * Moves a signed lead forward to the stage its key project reached, one dated stage at a time,
     * never back and never past a termination; returns the stages passed (none when already there,
     * so delivering the same project change twice changes nothing). A date before the lead's last
     * move is taken as that date, so the history stays in order.
     */
    public List<LeadStage> followProject(LeadStage target, LocalDate on, String note, String by) {
        List<LeadStage> passed = new ArrayList<>();
        if (!stage.isSigned()) {
            return passed;
        }
        LocalDate last = lastMove().movedOn();
        LocalDate date = on.isBefore(last) ? last : on;
        while (stage.ordinal() < target.ordinal() && stage != LeadStage.IN_PRODUCTION) {
            LeadStage next = LeadStage.PATH.get(stage.ordinal() + 1);
            step(next, date, note, by, date);
            passed.add(next);
        }
        return passed;
    }

    public void followedUpOn(LocalDate date) {
        if (lastFollowUpOn == null || date.isAfter(lastFollowUpOn)) {
            lastFollowUpOn = date;
        }
    }

    /** Links the key project created from this lead; only once, and only for a signed lead. */
    public void becameProject(long projectId, long enterpriseId) {
        if (!stage.isSigned()) {
            throw new BusinessException(ErrorCode.LEAD_NOT_SIGNED, null, stage.label());
        }
        if (this.projectId != null) {
            throw new BusinessException(ErrorCode.LEAD_PROJECT_EXISTS, null, this.projectId);
        }
        this.projectId = projectId;
        this.enterpriseId = enterpriseId;
    }

    public Optional<LocalDate> dateOf(LeadStage s) {
        return moves.stream()
                .filter(m -> m.stage() == s)
                .map(StageMoveRecord::movedOn)
                .findFirst();
    }

    public List<StageMoveRecord> history() {
        return moves.stream().sorted(ORDER).toList();
    }

    private StageMoveRecord lastMove() {
        return moves.stream().max(ORDER).orElseThrow();
    }

    private static final Comparator<StageMoveRecord> ORDER = Comparator.comparing(StageMoveRecord::movedOn)
            .thenComparing(m -> m.stage().ordinal());

    public void describe(LeadProfile profile, Instant now) {
        this.profile = profile;
        this.updatedAt = now;
    }

    public void agree(ContractTerms terms, Instant now) {
        this.contract = terms;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public LeadProfile getProfile() {
        return profile;
    }

    public ContractTerms getContract() {
        return contract;
    }

    public Long getId() {
        return id;
    }

    public LeadStage getStage() {
        return stage;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getLastFollowUpOn() {
        return lastFollowUpOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getVersion() {
        return version;
    }
}
