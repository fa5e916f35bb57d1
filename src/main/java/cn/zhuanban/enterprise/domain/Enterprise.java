package cn.zhuanban.enterprise.domain;

import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.shared.ChangeSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An enterprise of the directory. Its credit code is always well-formed (see {@link CreditCode}). */
@Table("enterprise")
public class Enterprise {

    /** The descriptive data a person edits, everything but the credit code. */
    public record Details(
            String name,
            String legalRepresentative,
            String industryCode,
            String address,
            String contactName,
            String contactPhone,
            String description) {}

    @Id
    private Long id;

    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String industryCode;
    private String address;
    private String contactName;
    private String contactPhone;
    private String description;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @PersistenceCreator
    Enterprise(Long id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public static Enterprise register(CreditCode code, Details details, Instant now) {
        Enterprise enterprise = new Enterprise(null, now);
        enterprise.creditCode = code.value();
        enterprise.describe(details, now);
        return enterprise;
    }

    public void describe(Details details, Instant now) {
        this.name = details.name().strip();
        this.legalRepresentative = blankToNull(details.legalRepresentative());
        this.industryCode = blankToNull(details.industryCode());
        this.address = blankToNull(details.address());
        this.contactName = blankToNull(details.contactName());
        this.contactPhone = blankToNull(details.contactPhone());
        this.description = blankToNull(details.description());
        this.updatedAt = now;
    }

    /** A corrected code (typing errors happen); uniqueness is the service's to check first. */
    public void recode(CreditCode code) {
        this.creditCode = code.value();
    }

    /** The fields as the audit summary shows them, in a fixed order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("creditCode", creditCode);
        fields.put("legalRepresentative", legalRepresentative);
        fields.put("industryCode", industryCode);
        fields.put("address", address);
        fields.put("contactName", contactName);
        fields.put("contactPhone", contactPhone);
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

    public String getCreditCode() {
        return creditCode;
    }

    public int getVersion() {
        return version;
    }
}
