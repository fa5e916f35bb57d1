package cn.zhuanban.investment.domain;

import cn.zhuanban.investment.PartnerKind;
import java.time.Instant;
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
