package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.shared.ChangeSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation: a fund (e.g. a provincial investment group's fund), an agency, a chamber. */
@Table("investment_partner")
public class Partner {

    @Id
    private Long id;

    private String name;
    private PartnerKind kind;
    private String contactName;
    private String contactPhone;
    private String note;
    private Instant createdAt;

    @Version
    private int version;

    public static Partner create(Instant now) {
        Partner partner = new Partner();
        partner.createdAt = now;
        return partner;
    }

    public void describe(String name, PartnerKind kind, String contactName, String contactPhone, String note) {
        this.name = name;
        this.kind = kind;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.note = note;
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("name", name);
        fields.put("contactName", contactName);
        fields.put("contactPhone", contactPhone);
        fields.put("note", ChangeSummary.typed(note));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }
}
