package cn.zhuanban.industry.domain;

import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A link of a chain, its own aggregate so that its id stays stable while leads and demands refer
 * to it. Holds the ids of the local enterprises and projects working at this link.
 */
@Table("chain_node")
public class ChainNode {

    @Id
    private Long id;

    private Long chainId;
    private Long parentId;
    private ChainSegment segment;
    private String name;
    private String industryCode;
    private NodeStatus status;
    private String statusNote;
    private BigDecimal localOutput;
    private int sortOrder;
    private Instant updatedAt;

    @MappedCollection(idColumn = "chain_node")
    private Set<NodeEnterprise> enterprises = new HashSet<>();

    @MappedCollection(idColumn = "chain_node")
    private Set<NodeProject> projects = new HashSet<>();

    @Version
    private int version;

    public static ChainNode create(long chainId) {
        ChainNode node = new ChainNode();
        node.chainId = chainId;
        return node;
    }

    /** Refuses a code that is not a national industry classification code (GB/T 4754), e.g. C2710. */
    public void describe(NodeDescription d, Instant now) {
        if (d.industryCode() == null || !d.industryCode().matches(IndustryCommands.INDUSTRY_CODE)) {
            throw new BusinessException(ErrorCode.INDUSTRY_CODE_FORMAT, "industryCode", d.industryCode());
        }
        this.parentId = d.parentId();
        this.segment = d.segment();
        this.name = d.name();
        this.industryCode = d.industryCode();
        this.status = d.status();
        this.statusNote = d.statusNote();
        this.localOutput = d.localOutput();
        this.sortOrder = d.sortOrder();
        this.updatedAt = now;
    }

    /** The fields staff set, in one value so that describe() keeps a short signature. */
    public record NodeDescription(
            Long parentId,
            ChainSegment segment,
            String name,
            String industryCode,
            NodeStatus status,
            String statusNote,
            BigDecimal localOutput,
            int sortOrder) {}

    public boolean attachEnterprise(long enterpriseId) {
        return enterprises.add(new NodeEnterprise(enterpriseId));
    }

    public boolean detachEnterprise(long enterpriseId) {
        return enterprises.remove(new NodeEnterprise(enterpriseId));
    }

    public boolean attachProject(long projectId) {
        return projects.add(new NodeProject(projectId));
    }

    public boolean detachProject(long projectId) {
        return projects.remove(new NodeProject(projectId));
    }

    /** Every field a person edits, for the audit summary of an edit: typed texts are compared in full. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("parentId", parentId);
        fields.put("segment", segment);
        fields.put("name", name);
        fields.put("industryCode", industryCode);
        fields.put("status", status);
        fields.put("statusNote", ChangeSummary.typed(statusNote));
        fields.put("localOutput", localOutput);
        fields.put("sortOrder", sortOrder);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Long getChainId() {
        return chainId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public NodeStatus getStatus() {
        return status;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public int getVersion() {
        return version;
    }
}
