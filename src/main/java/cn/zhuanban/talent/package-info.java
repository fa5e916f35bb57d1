/**
 * Talent (人才) as project data: demands of enterprises and projects, a pool of candidates who
 * consented to be contacted (contact data only for holders of the talent permission; removal on
 * request leaves anonymous counts), matching with the parts of each score shown, recruitment
 * events, talent services with owners and deadlines, and fill rates by enterprise, project and
 * chain. Demands, their matches and fill rates follow the project scope (see
 * {@link cn.zhuanban.talent.domain.TalentScope}); the pool, events and services are the recruiting
 * offices' district-wide work. Publishes {@link cn.zhuanban.talent.TalentChanged} and, for each download of the pool,
 * {@link cn.zhuanban.talent.CandidatesExported}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent")
package cn.zhuanban.talent;
