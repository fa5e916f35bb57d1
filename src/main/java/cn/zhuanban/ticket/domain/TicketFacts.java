package cn.zhuanban.ticket.domain;

import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketSource;
import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What a ticket was reported as (project, category, severity, title, description, reporter, source) and its row's
 * bookkeeping
 * (id, times, version). None of it changes with the life cycle, which is {@link Ticket}'s and its other superclasses'.
 */
abstract class TicketFacts {

    @Id
    protected Long id;

    protected long projectId;
    protected TicketCategory category;
    protected TicketSeverity severity;
    protected String title;
    protected String description;
    protected long reporterId;

    /**
     * Where the ticket came from, as stored ({@link TicketSource#of} reads it): set once on reporting, so the steps'
     * events carry it without reading the row back ({@link StepRecorder}).
     */
    protected String source;

    protected String reportedMonth;
    protected Instant createdAt;
    protected Instant updatedAt;

    @Version
    protected int version;

    public void touch(Instant now) {
        updatedAt = now;
    }

    public void expectVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw new OptimisticLockingFailureException("ticket " + id + " changed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public TicketSeverity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getReporterId() {
        return reporterId;
    }

    public TicketSource getSource() {
        return TicketSource.of(source);
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
