/**
 * Investment attraction (招商引资): leads with their channel, partner organisation and registered
 * referrer, dated stage moves from first lead to production, follow-ups, the referral reward rule,
 * the pipeline, funnel, stale leads and the quarterly cohorts (三个一批). A signed lead becomes a
 * key project through the project module's API; {@link cn.zhuanban.investment.InvestmentManagement#originOf}
 * answers where a project came from, and {@link cn.zhuanban.investment.InvestmentManagement#leadCountsByNode} how many
 * leads work each chain node (the industry module's gap list asks it through {@link cn.zhuanban.industry.NodeLeadCounts}).
 * Publishes {@link cn.zhuanban.investment.LeadChanged} and
 * {@link cn.zhuanban.investment.InvestmentRegistryChanged}; listens to
 * {@link cn.zhuanban.project.ProjectStageChanged} to move a signed lead after its key project.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investment attraction")
package cn.zhuanban.investment;
