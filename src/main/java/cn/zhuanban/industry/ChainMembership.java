package cn.zhuanban.industry;

import cn.zhuanban.industry.domain.ChainNode;
import cn.zhuanban.industry.domain.ChainNodeRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.NotFoundException;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local enterprises and key projects working at a chain node, attached and detached by id
 * (staff on the node page, the investment module when a signed lead becomes a key project).
 * Attaching twice is no change and records nothing.
 */
@Service
@Transactional
public class ChainMembership {

    private final ChainNodeRepository nodes;
    private final ApplicationEventPublisher events;

    ChainMembership(ChainNodeRepository nodes, ApplicationEventPublisher events) {
        this.nodes = nodes;
        this.events = events;
    }

    public void attachEnterprise(long nodeId, long enterpriseId) {
        change(
                nodeId,
                n -> n.attachEnterprise(enterpriseId),
                "industry.node.enterprise-attached",
                "enterprise " + enterpriseId);
    }

    public void detachEnterprise(long nodeId, long enterpriseId) {
        change(
                nodeId,
                n -> n.detachEnterprise(enterpriseId),
                "industry.node.enterprise-detached",
                "enterprise " + enterpriseId);
    }

    public void attachProject(long nodeId, long projectId) {
        change(nodeId, n -> n.attachProject(projectId), "industry.node.project-attached", "project " + projectId);
    }

    public void detachProject(long nodeId, long projectId) {
        change(nodeId, n -> n.detachProject(projectId), "industry.node.project-detached", "project " + projectId);
    }

    private void change(long nodeId, Predicate<ChainNode> change, String action, String summary) {
        ChainNode node = nodes.findById(nodeId).orElseThrow(() -> new NotFoundException("chain-node", nodeId));
        if (change.test(node)) {
            nodes.save(node);
            events.publishEvent(new IndustryChainChanged(Actor.current(), action, "chain-node", nodeId, summary));
        }
    }
}
