package cn.zhuanban.industry.domain;

import cn.zhuanban.shared.ChangeSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An industry chain with its chain leader (链长). Its nodes are aggregates of their own. */
@Table("industry_chain")
public class IndustryChain {

    @Id
    private Long id;

    private String name;
    private Long chainLeaderId;
    private String description;
    private int sortOrder;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    public static IndustryChain create(Instant now) {
        IndustryChain chain = new IndustryChain();
        chain.createdAt = now;
        chain.updatedAt = now;
        return chain;
    }

    public void describe(String name, Long chainLeaderId, String description, int sortOrder, Instant now) {
        this.name = name;
        this.chainLeaderId = chainLeaderId;
        this.description = description;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("chainLeaderId", chainLeaderId);
        fields.put("description", ChangeSummary.typed(description));
        fields.put("sortOrder", sortOrder);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getChainLeaderId() {
        return chainLeaderId;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getVersion() {
        return version;
    }
}
