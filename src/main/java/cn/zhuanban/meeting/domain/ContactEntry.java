package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.ContactChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One contact with an enterprise. */
@Table("contact_entry")
public class ContactEntry {

    @Id
    private Long id;

    private long enterpriseId;
    private Long projectId;
    private ContactChannel channel;
    private LocalDate contactedOn;
    private String contactPerson;
    private String content;
    private String followUp;
    private long staffUserId;
    private Long ticketId;
    private Instant createdAt;

    @Version
    private int version;

    public static ContactEntry record(
            long enterpriseId,
            Long projectId,
            ContactChannel channel,
            LocalDate on,
            String contactPerson,
            String content,
            String followUp,
            long staffUserId,
            Instant now) {
        ContactEntry e = new ContactEntry();
        e.enterpriseId = enterpriseId;
        e.projectId = projectId;
        e.channel = channel;
        e.contactedOn = on;
        e.contactPerson = contactPerson;
        e.content = content.strip();
        e.followUp = followUp;
        e.staffUserId = staffUserId;
        e.createdAt = now;
        return e;
    }

    public void ticketed(long ticket) {
        ticketId = ticket;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterpriseId);
        s.put("projectId", projectId);
        s.put("channel", channel);
        s.put("contactedOn", contactedOn);
        s.put("contactPerson", contactPerson);
        s.put("followUp", followUp);
        s.put("ticketId", ticketId);
        return s;
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

    public String getContent() {
        return content;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Long getTicketId() {
        return ticketId;
    }
}
