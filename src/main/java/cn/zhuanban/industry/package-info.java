/**
 * Industry chains (产业链): segments, nodes with national industry classification codes, their
 * status (strong, weak, missing) set by staff, and the local enterprises and projects attached to
 * them; the chain map and the gap list that chain-based attraction (以链招商) targets. Publishes
 * {@link cn.zhuanban.industry.IndustryChainChanged}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Industry chains")
package cn.zhuanban.industry;
