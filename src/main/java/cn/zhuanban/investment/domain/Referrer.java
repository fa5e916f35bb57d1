package cn.zhuanban.investment.domain;

import cn.zhuanban.shared.ChangeSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person or organisation that introduces leads (以商招商), registered with a date. */
@Table("investment_referrer")
public class Referrer {

    @Id
    private Long id;

    private String name;
    private String organisation;
    private String phone;
    private LocalDate registeredOn;
    private String note;
    private Instant createdAt;

    @Version
    private int version;

    public static Referrer register(LocalDate registeredOn, Instant now) {
        Referrer referrer = new Referrer();
        referrer.registeredOn = registeredOn;
        referrer.createdAt = now;
        return referrer;
    }

    /** The registration date is not edited: it decides whether referrals count. */
    public void describe(String name, String organisation, String phone, String note) {
        this.name = name;
        this.organisation = organisation;
        this.phone = phone;
        this.note = note;
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("organisation", organisation);
        fields.put("phone", phone);
        fields.put("registeredOn", registeredOn);
        fields.put("note", ChangeSummary.typed(note));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public int getVersion() {
        return version;
    }
}
