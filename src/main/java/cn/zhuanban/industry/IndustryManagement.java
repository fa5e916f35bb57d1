package cn.zhuanban.industry;

import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.ChainViews.ChainMembers;
import cn.zhuanban.industry.ChainViews.ChainSummary;
import cn.zhuanban.industry.ChainViews.ChainView;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.domain.ChainNode;
import cn.zhuanban.industry.domain.ChainNode.NodeDescription;
import cn.zhuanban.industry.domain.ChainNodeRepository;
import cn.zhuanban.industry.domain.ChainQueries;
import cn.zhuanban.industry.domain.IndustryChain;
import cn.zhuanban.industry.domain.IndustryChainRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industry chains and their nodes. Staff rate each node; the gap list (missing, then weak nodes)
 * is what chain-based attraction works on. Other modules read nodes through the queries here and
 * attach enterprises and projects through {@link ChainMembership}.
 */
@Service
@Transactional
public class IndustryManagement {

    /** The roles of those who lead a chain (链长): district leaders and lead officials. */
    private static final List<String> LEADER_ROLES = List.of(BuiltinRoles.DISTRICT_LEADER, BuiltinRoles.LEAD_OFFICIAL);

    private final IndustryChainRepository chains;
    private final ChainNodeRepository nodes;
    private final ChainQueries queries;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndustryManagement(
            IndustryChainRepository chains,
            ChainNodeRepository nodes,
            ChainQueries queries,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.chains = chains;
        this.nodes = nodes;
        this.queries = queries;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public long createChain(ChainForm form) {
        checkLeader(form.chainLeaderId(), null);
        IndustryChain chain = IndustryChain.create(clock.instant());
        chain.describe(form.name(), form.chainLeaderId(), form.description(), form.sortOrder(), clock.instant());
        chain = chains.save(chain);
        publish("industry.chain.created", "industry-chain", chain.getId(), form.name());
        return chain.getId();
    }

    public void editChain(long id, ChainForm form) {
        IndustryChain chain = chains.findById(id).orElseThrow(() -> new NotFoundException("industry-chain", id));
        checkVersion(chain.getVersion(), form.version());
        checkLeader(form.chainLeaderId(), chain.getChainLeaderId());
        Map<String, Object> before = chain.snapshot();
        chain.describe(form.name(), form.chainLeaderId(), form.description(), form.sortOrder(), clock.instant());
        chains.save(chain);
        publish("industry.chain.updated", "industry-chain", id, ChangeSummary.between(before, chain.snapshot()));
    }

    public long addNode(long chainId, NodeForm form) {
        chains.findById(chainId).orElseThrow(() -> new NotFoundException("industry-chain", chainId));
        ChainNode node = ChainNode.create(chainId);
        checkParent(node, form.parentId());
        node.describe(description(form), clock.instant());
        node = nodes.save(node);
        publish(
                "industry.node.created",
                "chain-node",
                node.getId(),
                form.name() + " " + form.industryCode() + " " + form.status());
        return node.getId();
    }

    public void editNode(long nodeId, NodeForm form) {
        ChainNode node = loadNode(nodeId);
        checkVersion(node.getVersion(), form.version());
        checkParent(node, form.parentId());
        Map<String, Object> before = node.snapshot();
        node.describe(description(form), clock.instant());
        nodes.save(node);
        publish("industry.node.updated", "chain-node", nodeId, ChangeSummary.between(before, node.snapshot()));
    }

    /** Names beside ids regardless of scope, for the audit log, which shows the auditor every record anyway. */
    @Transactional(readOnly = true)
    public Map<Long, String> chainNamesOf(Collection<Long> ids) {
        return queries.chainNamesOf(ids);
    }

    /** Names beside ids regardless of scope, for the audit log, which shows the auditor every record anyway: {@code chain / node}. */
    @Transactional(readOnly = true)
    public Map<Long, String> nodeNamesOf(Collection<Long> ids) {
        return queries.nodeNamesOf(ids);
    }

    /** Who may lead a chain: the enabled district leaders and lead officials, the chain form's pick list. */
    @Transactional(readOnly = true)
    public List<UserView> leaderCandidates() {
        return LEADER_ROLES.stream()
                .flatMap(role -> users.withRole(role).stream())
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public PageResult<ChainSummary> chains(PageQuery page) {
        return chains(null, page);
    }

    /** The chains whose name contains the words, for the ledger's search box and its export. */
    @Transactional(readOnly = true)
    public PageResult<ChainSummary> chains(String q, PageQuery page) {
        return queries.chains(q, page);
    }

    @Transactional(readOnly = true)
    public ChainView chain(long id) {
        IndustryChain chain = chains.findById(id).orElseThrow(() -> new NotFoundException("industry-chain", id));
        return new ChainView(
                chain.getId(),
                chain.getName(),
                chain.getChainLeaderId(),
                chain.getDescription(),
                chain.getSortOrder(),
                chain.getVersion(),
                queries.nodesOf(id));
    }

    @Transactional(readOnly = true)
    public Optional<NodeView> node(long id) {
        return queries.nodes(List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<NodeView> nodes(Collection<Long> ids) {
        return queries.nodes(ids);
    }

    /** Every node of every chain, e.g. to pick the node a lead or project belongs to. */
    @Transactional(readOnly = true)
    public List<NodeView> allNodes() {
        return queries.allNodes();
    }

    /** Missing nodes first, then weak ones; of one chain or (chainId null) of all. */
    @Transactional(readOnly = true)
    public PageResult<NodeView> gaps(Long chainId, PageQuery page) {
        return gaps(chainId, null, page);
    }

    /** As above, of the nodes whose name, industry code, note or chain contains {@code q} (blank: all). */
    @Transactional(readOnly = true)
    public PageResult<NodeView> gaps(Long chainId, String q, PageQuery page) {
        return queries.gaps(chainId, q, page);
    }

    @Transactional(readOnly = true)
    public List<NodeView> nodesOfProject(long projectId) {
        return queries.nodesOfProject(projectId);
    }

    @Transactional(readOnly = true)
    public ChainMembers membersOf(long chainId) {
        return queries.membersOf(chainId);
    }

    /**
     * A chain leader is one the form offers ({@link #leaderCandidates()}): an enabled account of a district leader or a
     * lead official. An unknown id (a stale page, a tampered form) or an account that cannot lead is refused beside the
     * field; the leader the chain has may stay, even one disabled meanwhile, so that saving its other fields works.
     */
    private void checkLeader(Long leaderId, Long current) {
        if (leaderId == null || leaderId.equals(current)) {
            return;
        }
        boolean offered = users.find(leaderId)
                .filter(u -> u.enabled() && LEADER_ROLES.stream().anyMatch(u.roles()::contains))
                .isPresent();
        if (!offered) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "chainLeaderId", leaderId);
        }
    }

    private void checkParent(ChainNode node, Long parentId) {
        if (parentId == null) {
            return;
        }
        ChainNode parent = loadNode(parentId);
        boolean ownChild =
                node.getId() != null && (parentId.equals(node.getId()) || nodes.existsByParentId(node.getId()));
        if (!parent.getChainId().equals(node.getChainId()) || parent.getParentId() != null || ownChild) {
            throw new BusinessException(ErrorCode.INDUSTRY_NODE_PARENT, "parentId");
        }
    }

    private static NodeDescription description(NodeForm f) {
        return new NodeDescription(
                f.parentId(),
                f.segment(),
                f.name(),
                f.industryCode(),
                f.status(),
                f.statusNote(),
                f.localOutput(),
                f.sortOrder());
    }

    private ChainNode loadNode(long id) {
        return nodes.findById(id).orElseThrow(() -> new NotFoundException("chain-node", id));
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ChangedMeanwhile("chain or node", actual);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new IndustryChainChanged(Actor.current(), action, type, id, summary));
    }
}
