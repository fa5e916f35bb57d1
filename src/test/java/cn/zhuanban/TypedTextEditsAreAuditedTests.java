package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.talent.CandidatePool;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.Urgency;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An edit of nothing but a note or description still says in the audit log what changed: the field, named, with the
 * text before and after (cut short when long), and for a candidate the field named without the personal data. An
 * enterprise's description was written as its length, so an edit of the same length read as no change.
 */
@IntegrationTest
class TypedTextEditsAreAuditedTests {

    static final CurrentUser STAFF =
            new CurrentUser(1, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));

    @Autowired
    InvestmentManagement investment;

    @Autowired
    InvestmentRegistry registry;

    @Autowired
    IndustryManagement industry;

    @Autowired
    TalentManagement talent;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    CandidatePool candidates;

    @Autowired
    UserDirectory directory;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    /** Creates with the first text, edits only that text to the second, and answers the action and id audited. */
    record Edit(String action, String table, Function<String, Long> create, Edited edit) {}

    interface Edited {
        void to(long id, int version, String text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "partner",
                "referrer",
                "lead",
                "chain",
                "node",
                "demand",
                "event",
                "service",
                "candidate",
                "enterprise"
            })
    void editingOnlyTheNoteNamesTheChangedFieldInTheAuditRecord(String family) {
        Edit edit = edit(family);
        String before = TestCodes.unique("原备注");
        String after = before + "补充";
        long id = edit.create().apply(before);
        int version = jdbc.sql("select version from " + edit.table() + " where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();

        edit.edit().to(id, version, after);

        String summary = awaitSummary(edit.action(), id);
        String field = family.equals("candidate") ? "skills" : typedField(family);
        assertThat(summary).startsWith(field + ": ").contains(" → ").doesNotContain("null");
        assertThat(summary.split("; ")).hasSize(1);
    }

    private static String typedField(String family) {
        return switch (family) {
            case "chain", "service", "lead", "enterprise" -> "description";
            case "node" -> "statusNote";
            default -> "note";
        };
    }

    private String awaitSummary(String action, long id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> AuditTrail.count(jdbc, action, Long.toString(id), null) > 0);
        return jdbc.sql("select summary from audit_record where action = :action and entity_id = :id")
                .param("action", action)
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
    }

    private Edit edit(String family) {
        long me = directory.findByUsername("dispatch").orElseThrow().id();
        LocalDate day = LocalDate.of(2026, 5, 6);
        return switch (family) {
            case "partner" ->
                new Edit(
                        "investment.partner.updated",
                        "investment_partner",
                        t -> registry.createPartner(partner(t, 0)),
                        (id, v, t) -> registry.editPartner(id, partner(t, v)));
            case "referrer" ->
                new Edit(
                        "investment.referrer.updated",
                        "investment_referrer",
                        t -> registry.registerReferrer(new ReferrerForm("引荐人", "单位", null, day, t, 0)),
                        (id, v, t) -> registry.editReferrer(id, new ReferrerForm("引荐人", "单位", null, day, t, v)));
            case "lead" ->
                new Edit(
                        "investment.lead.updated",
                        "investment_lead",
                        t -> investment.createLead(STAFF, lead(me, t, 0)),
                        (id, v, t) -> investment.editLead(STAFF, id, lead(me, t, v)));
            case "chain" ->
                new Edit(
                        "industry.chain.updated",
                        "industry_chain",
                        t -> industry.createChain(new ChainForm(TestCodes.unique("链"), null, t, 0, 0)),
                        (id, v, t) -> industry.editChain(
                                id, new ChainForm(industry.chain(id).name(), null, t, 0, v)));
            case "node" -> {
                long chain = industry.createChain(new ChainForm(TestCodes.unique("链"), null, null, 0, 0));
                yield new Edit(
                        "industry.node.updated",
                        "chain_node",
                        t -> industry.addNode(chain, node(t, 0)),
                        (id, v, t) -> industry.editNode(id, node(t, v)));
            }
            case "demand" -> {
                long enterprise =
                        directory.findByUsername("enterprise").orElseThrow().enterpriseId();
                yield new Edit(
                        "talent.demand.updated",
                        "talent_demand",
                        t -> talent.createDemand(STAFF, demand(enterprise, t, 0)),
                        (id, v, t) -> talent.editDemand(STAFF, id, demand(enterprise, t, v)));
            }
            case "event" ->
                new Edit(
                        "talent.event.updated",
                        "recruitment_event",
                        t -> recruitment.createEvent(STAFF, event(t, 0)),
                        (id, v, t) -> recruitment.editEvent(STAFF, id, event(t, v)));
            case "service" ->
                new Edit(
                        "talent.service.updated",
                        "talent_service",
                        t -> recruitment.openService(STAFF, service(me, t, 0)),
                        (id, v, t) -> recruitment.editService(STAFF, id, service(me, t, v)));
            case "candidate" ->
                new Edit(
                        "talent.candidate.updated",
                        "talent_candidate",
                        t -> candidates.enter(candidate(t, 0)),
                        (id, v, t) -> candidates.edit(id, candidate(t, v)));
            case "enterprise" -> {
                String name = TestCodes.unique("备注企业");
                String code = TestCodes.creditCode();
                yield new Edit(
                        "enterprise.updated",
                        "enterprise",
                        t -> enterprises.register(enterprise(name, code, t, 0)).id(),
                        (id, v, t) -> enterprises.edit(id, enterprise(name, code, t, v), STAFF));
            }
            default -> throw new IllegalArgumentException(family);
        };
    }

    private static EnterpriseForm enterprise(String name, String code, String description, int version) {
        return new EnterpriseForm(name, code, null, null, null, null, null, description, version);
    }

    private static PartnerForm partner(String note, int version) {
        return new PartnerForm("示范豫资基金", PartnerKind.FUND, "王经理", null, note, version);
    }

    private static LeadForm lead(long owner, String description, int version) {
        return new LeadForm(
                "审计备注目标企业",
                LeadChannel.CHAIN,
                null,
                null,
                null,
                null,
                null,
                null,
                owner,
                null,
                null,
                description,
                LocalDate.of(2026, 5, 6),
                version);
    }

    private static NodeForm node(String note, int version) {
        return new NodeForm(ChainSegment.UPSTREAM, null, "节点", "C3670", NodeStatus.STRONG, note, null, 0, version);
    }

    private static DemandForm demand(long enterprise, String note, int version) {
        return new DemandForm(
                enterprise,
                null,
                "焊工",
                2,
                Education.JUNIOR_COLLEGE,
                "焊接",
                1,
                null,
                null,
                Urgency.NORMAL,
                null,
                null,
                note,
                version);
    }

    private static EventForm event(String note, int version) {
        return new EventForm(
                "招聘会", EventKind.JOB_FAIR, LocalDate.of(2026, 10, 18), "市场", 10, 1, note, List.of(), version);
    }

    private static ServiceForm service(long owner, String description, int version) {
        return new ServiceForm(ServiceKind.HOUSING, null, null, owner, LocalDate.of(2026, 12, 1), description, version);
    }

    /** The candidate's skills are what the edit changes; name and phone stay as they were. */
    private static CandidateForm candidate(String skills, int version) {
        return new CandidateForm(
                "测试人才",
                "13800000000",
                null,
                Education.BACHELOR,
                "机械",
                skills,
                3,
                "郑州",
                false,
                true,
                LocalDate.of(2026, 1, 5),
                null,
                CandidateSource.JOB_FAIR,
                version);
    }
}
