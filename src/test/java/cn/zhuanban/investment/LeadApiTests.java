package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.BearerTokens;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Leads over the API with bearer tokens: create, read, list, move, follow up; refusals; data scope. */
@IntegrationTest
class LeadApiTests {

    /** The platform's days are the district's (Asia/Shanghai), not the JVM's. */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvestmentRegistry registry;

    String lead;
    long leadUserId;

    @BeforeEach
    void setUp() throws Exception {
        lead = BearerTokens.of(mvc, "lead");
        leadUserId = directory.findByUsername("lead").orElseThrow().id();
    }

    @Test
    void createsReadsListsMovesAndFollowsUpALead() throws Exception {
        String company = TestCodes.unique("接口招商企业");
        long id = create(company);

        mvc.perform(get("/api/v1/investment/leads/" + id).header("Authorization", lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCompany").value(company))
                .andExpect(jsonPath("$.channel").value("CHAIN"))
                .andExpect(jsonPath("$.stage").value("LEAD"))
                .andExpect(jsonPath("$.nextStages", Matchers.contains("CONTACTED", "TERMINATED")))
                .andExpect(jsonPath("$.expectedInvestment").value(12000))
                .andExpect(jsonPath("$.history[0].stage").value("LEAD"));
        mvc.perform(get("/api/v1/investment/leads?q=" + company + "&stage=LEAD&channel=CHAIN&size=5")
                        .header("Authorization", lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/investment/leads?q=" + company + "&stage=SIGNED")
                        .header("Authorization", lead))
                .andExpect(jsonPath("$.totalElements").value(0));

        move(id, "{\"target\": \"CONTACTED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.history[1].movedOn")
                        .value(LocalDate.now(DISTRICT).toString()));
        mvc.perform(post("/api/v1/investment/leads/" + id + "/follow-ups")
                        .header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"VISIT\", \"happenedOn\": \"" + LocalDate.now(DISTRICT)
                                + "\", \"summary\": \"实地考察园区\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content[0].summary").value("实地考察园区"));
        mvc.perform(get("/api/v1/investment/leads/" + id + "/follow-ups").header("Authorization", lead))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].kind").value("VISIT"));
        mvc.perform(get("/api/v1/investment/leads/" + id + "/follow-ups?page=1&size=1")
                        .header("Authorization", lead))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content").isEmpty());

        AuditTrail.awaitRecord(jdbc, "investment.lead.created", Long.toString(id), null);
        AuditTrail.awaitRecord(jdbc, "investment.lead.moved", Long.toString(id), null);
        AuditTrail.awaitRecord(jdbc, "investment.lead.followed-up", Long.toString(id), null);
    }

    /**
     * A signed lead terminated afterwards keeps its signing: the referral judged then does not fall back to "not
     * signed", and with no fixed-asset investment formed it earns nothing (the lead page says so too).
     */
    @Test
    void aReferralJudgedAtSigningStaysJudgedWhenTheLeadIsTerminated() throws Exception {
        long referrer = registry.registerReferrer(
                new ReferrerForm(TestCodes.unique("引荐人"), "某商会", null, LocalDate.of(2025, 10, 27), null, 0));
        String body = submit("""
                        {"targetCompany": "%s", "channel": "BUSINESS_REFERRAL", "referrerId": %d,
                         "ownerId": %d, "receivedOn": "2025-10-20"}""".formatted(TestCodes.unique("引荐招商企业"), referrer, leadUserId))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        move(id, "{\"target\": \"CONTACTED\", \"on\": \"2025-10-21\"}").andExpect(status().isOk());
        move(id, "{\"target\": \"NEGOTIATING\", \"on\": \"2025-10-24\"}").andExpect(status().isOk());
        move(id, "{\"target\": \"SIGNED\", \"on\": \"2025-10-28\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("AWAITING_INVESTMENT"));

        move(id, "{\"target\": \"TERMINATED\", \"on\": \"2025-11-02\", \"note\": \"资金不到位\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("TERMINATED"))
                .andExpect(jsonPath("$.history[*].stage", Matchers.hasItem("SIGNED")))
                .andExpect(jsonPath("$.referral.status").value("TERMINATED_AFTER_SIGNING"))
                .andExpect(jsonPath("$.referral.reward").doesNotExist());
        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads/" + id))
                .contains("已签约后终止，未形成固定资产投资，不计奖励。")
                .doesNotContain("尚未签约");
    }

    /** A lead terminated before signing does not promise a judgement at signing: its referral ended uncounted. */
    @Test
    void aReferralOfALeadTerminatedBeforeSigningSaysItDoesNotCount() throws Exception {
        long referrer = registry.registerReferrer(
                new ReferrerForm(TestCodes.unique("引荐人"), "某商会", null, LocalDate.of(2025, 10, 1), null, 0));
        String body = submit("""
                        {"targetCompany": "%s", "channel": "BUSINESS_REFERRAL", "referrerId": %d,
                         "ownerId": %d, "receivedOn": "2025-10-20"}""".formatted(TestCodes.unique("未签终止企业"), referrer, leadUserId))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        move(id, "{\"target\": \"CONTACTED\", \"on\": \"2025-10-21\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("NOT_SIGNED"));

        move(id, "{\"target\": \"TERMINATED\", \"on\": \"2025-10-30\", \"note\": \"企业另选址\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("TERMINATED_BEFORE_SIGNING"))
                .andExpect(jsonPath("$.referral.reward").doesNotExist());
        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads/" + id))
                .contains("未签约即终止，引荐不计，不予奖励。")
                .doesNotContain("签约时认定引荐是否有效");
    }

    @Test
    void aLeadPageShowsItsFollowUpsTwentyAtATimeNewestFirst() throws Exception {
        long id = create(TestCodes.unique("久跟企业"));
        LocalDate first = LocalDate.now(DISTRICT).minusDays(30);
        for (int day = 0; day < 21; day++) {
            mvc.perform(post("/api/v1/investment/leads/" + id + "/follow-ups")
                            .header("Authorization", lead)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\": \"CALL\", \"happenedOn\": \"" + first.plusDays(day)
                                    + "\", \"summary\": \"第" + (day + 1) + "次电话\"}"))
                    .andExpect(status().isCreated());
        }

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + id))
                .contains("第21次电话", "第2次电话", "共 21 条")
                .doesNotContain("第1次电话<");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + id + "?page=1"))
                .contains("第1次电话<")
                .doesNotContain("第2次电话<");
    }

    @Test
    void aMoveTheStageMachineRefusesIsAConflict() throws Exception {
        long id = create(TestCodes.unique("跳级企业"));

        move(id, "{\"target\": \"SIGNED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investment.stage-move"))
                .andExpect(jsonPath("$.field").value("target"));
        move(id, "{\"target\": \"TERMINATED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("investment.termination-reason"));
        move(id, "{\"target\": \"CONTACTED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\", \"version\": 99}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
        move(id, "{\"target\": \"TERMINATED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\", \"note\": \"转投他地\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terminationReason").value("转投他地"));
        move(id, "{\"target\": \"CONTACTED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("investment.stage-move"));
    }

    @Test
    void invalidInputIsAProblemNamingTheFields() throws Exception {
        submit("{\"targetCompany\": \"\", \"channel\": \"CHAIN\", \"ownerId\": " + leadUserId + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.fields", Matchers.contains("targetCompany")));
        submit("{\"targetCompany\": \"某企业\", \"channel\": \"RUMOUR\", \"ownerId\": " + leadUserId + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
        move(create(TestCodes.unique("缺日期企业")), "{\"target\": \"CONTACTED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields", Matchers.contains("on")));
    }

    /** A follow-up dated after today would keep the lead off the stale list forever: refused, web and API. */
    @Test
    void aFollowUpInTheFutureIsRefusedLikeAFutureReceivedOn() throws Exception {
        long id = create(TestCodes.unique("未来跟进企业"));
        String today = LocalDate.now(DISTRICT).toString();
        mvc.perform(post("/api/v1/investment/leads/" + id + "/follow-ups")
                        .header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"VISIT\", \"happenedOn\": \"2043-06-02\", \"summary\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("happenedOn"))
                .andExpect(jsonPath("$.detail", Matchers.containsString(today)));
        String page = mvc.perform(post("/investment/leads/" + id + "/follow-ups")
                        .param("kind", "VISIT")
                        .param("happenedOn", "2043-06-02")
                        .param("summary", "网页上的未来跟进")
                        .session(WebTestSupport.login(mvc, "lead"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("不能晚于今天（" + today + "）").contains("网页上的未来跟进");
        mvc.perform(get("/api/v1/investment/leads/" + id + "/follow-ups").header("Authorization", lead))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aLeadOutsideTheDataScopeIsNotFoundAndEnterpriseContactsHaveNoLeads() throws Exception {
        long id = create(TestCodes.unique("他人线索企业"));
        String other = BearerTokens.of(mvc, "lead2");

        mvc.perform(get("/api/v1/investment/leads/" + id).header("Authorization", other))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/v1/investment/leads/" + id + "/moves")
                        .header("Authorization", other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": \"CONTACTED\", \"on\": \"" + LocalDate.now(DISTRICT) + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/investment/leads/" + id + "/follow-ups").header("Authorization", other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/investment/leads?size=200").header("Authorization", other))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", Matchers.not(Matchers.hasItem((int) id))));
        mvc.perform(get("/api/v1/investment/leads").header("Authorization", BearerTokens.of(mvc, "enterprise")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/investment/leads")).andExpect(status().isUnauthorized());
    }

    private long create(String company) throws Exception {
        String body = submit("""
                        {"targetCompany": "%s", "channel": "CHAIN", "expectedInvestment": 12000, "expectedJobs": 80,
                         "ownerId": %d}""".formatted(company, leadUserId))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions submit(String json) throws Exception {
        return mvc.perform(post("/api/v1/investment/leads")
                .header("Authorization", lead)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions move(long id, String json) throws Exception {
        return mvc.perform(post("/api/v1/investment/leads/" + id + "/moves")
                .header("Authorization", lead)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
