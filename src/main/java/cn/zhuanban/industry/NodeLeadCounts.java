package cn.zhuanban.industry;

import cn.zhuanban.identity.CurrentUser;
import java.util.Collection;
import java.util.Map;

/**
 * How many investment leads work each chain node, for the gap list: implemented by the investment module, which
 * depends on this one (a lead names its node), so that industry needs nothing of it and no cycle arises.
 */
public interface NodeLeadCounts {

    /** Per node among {@code nodeIds}, the leads in {@code user}'s scope that work it; a node without any is absent. */
    Map<Long, Long> countsOf(CurrentUser user, Collection<Long> nodeIds);
}
