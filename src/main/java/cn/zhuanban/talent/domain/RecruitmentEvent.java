package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.talent.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A campus recruitment, job fair or online event, and the demands it recruits for. */
@Table("recruitment_event")
public class RecruitmentEvent {

    public record Details(
            String name,
            EventKind kind,
            LocalDate heldOn,
            String place,
            Integer attendees,
            Integer offers,
            String note) {}

    @Id
    private Long id;

    @Embedded.Empty
    private Details details;

    @MappedCollection(idColumn = "recruitment_event")
    private Set<EventDemand> demands = new HashSet<>();

    private Instant createdAt;

    @Version
    private int version;

    public static RecruitmentEvent create(Instant now) {
        RecruitmentEvent event = new RecruitmentEvent();
        event.createdAt = now;
        return event;
    }

    public void describe(Details details, Collection<Long> demandIds) {
        this.details = details;
        this.demands = demandIds.stream().map(EventDemand::new).collect(Collectors.toCollection(HashSet::new));
    }

    public List<Long> demandIds() {
        return demands.stream().map(EventDemand::demandId).sorted().toList();
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Details d = details;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", d.name());
        fields.put("kind", d.kind());
        fields.put("heldOn", d.heldOn());
        fields.put("place", d.place());
        fields.put("attendees", d.attendees());
        fields.put("offers", d.offers());
        fields.put("note", ChangeSummary.typed(d.note()));
        fields.put("demandIds", demandIds());
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Details getDetails() {
        return details;
    }

    public int getVersion() {
        return version;
    }
}
