package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's leads keep the life cycle of domain.md §7: none is registered, started or in production without having
 * become a key project, and the one in production is a key project in production whose enterprise the chain's
 * excipients node counts as local.
 */
@IntegrationTest
class DemoLeadsTests {

    @Autowired
    JdbcClient jdbc;

    private final List<String> companies = DemoLeads.LEADS
            .lines()
            .map(line -> line.substring(0, line.indexOf('|')))
            .toList();

    @Test
    void noDemoLeadIsPastSigningWithoutAKeyProject() {
        assertThat(jdbc.sql("""
                        select target_company from investment_lead
                        where target_company in (:c) and stage in ('REGISTERED', 'STARTED', 'IN_PRODUCTION')
                          and project_id is null""").param("c", companies).query(String.class).list())
                .isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from investment_lead
                        where target_company in (:c) and stage in ('REGISTERED', 'STARTED', 'IN_PRODUCTION')""").param("c", companies).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void theLeadInProductionIsAKeyProjectInProductionOnItsChainNode() {
        record Lineage(String stage, String projectStage, long enterpriseId, long onNode) {}
        Lineage lineage = jdbc.sql("""
                        select l.stage, p.stage as project_stage, p.enterprise_id,
                               (select count(*) from chain_node_enterprise e where e.chain_node = l.chain_node_id
                                  and e.enterprise_id = p.enterprise_id) as on_node
                        from investment_lead l join project p on p.id = l.project_id
                        where l.target_company = '河南中科医药包装材料有限公司'""").query(Lineage.class).single();
        assertThat(lineage.stage()).isEqualTo("IN_PRODUCTION");
        assertThat(lineage.projectStage()).isEqualTo("IN_PRODUCTION");
        assertThat(lineage.onNode()).isEqualTo(1);
    }
}
