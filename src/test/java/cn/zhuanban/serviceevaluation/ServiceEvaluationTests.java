package cn.zhuanban.serviceevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.notification.InboxItemView;
import cn.zhuanban.notification.NotificationManagement;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An enterprise contact rates his project's task force once a month (a second rating replaces the first, audited),
 * must say why when dissatisfied, cannot rate another enterprise's project; staff read the ratings within their
 * project scope, in the ledger and its export; the satisfaction rate per task force; the notice on 不满意.
 */
@IntegrationTest
class ServiceEvaluationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceEvaluationManagement evaluations;

    @Autowired
    ServiceEvaluationLedger ledger;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    long enterprise;
    long taskForce;
    long project;
    String contactName;
    CurrentUser contact;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        enterprise = fx.enterprise();
        taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(fx.userId("taskforce")), Set.of());
        project = fx.project(enterprise, taskForce); // led by "lead"
        contactName = EnterpriseContacts.create(identity, directory, enterprise);
        contact = fx.user(contactName);
    }

    @Test
    void aSecondRatingInTheMonthReplacesTheFirstAndTheChangeIsAudited() {
        long id = evaluations.rate(project, form(ServiceRating.SATISFIED, null, null), contact);
        long again = evaluations.rate(project, form(ServiceRating.BASICALLY_SATISFIED, "审批材料退回了两次", 0), contact);

        assertThat(again).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from service_evaluation where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        EvaluationView stored = ledger.thisMonth(project, contact).orElseThrow();
        assertThat(stored.rating()).isEqualTo(ServiceRating.BASICALLY_SATISFIED);
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.month()).isEqualTo(YearMonth.now(ZoneId.of("Asia/Shanghai")));
        AuditTrail.awaitRecord(jdbc, "service-evaluation.rated", Long.toString(id), null);
        AuditTrail.awaitRecord(jdbc, "service-evaluation.changed", Long.toString(id), null);
        assertThat(jdbc.sql("select summary from audit_record where action = 'service-evaluation.changed'"
                                + " and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .contains("SATISFIED", "BASICALLY_SATISFIED");

        // A form read before that change (version 0 is gone) does not overwrite it unseen.
        assertThatThrownBy(() -> evaluations.rate(project, form(ServiceRating.SATISFIED, null, 0), contact))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void dissatisfiedWithoutACommentIsRefusedSayingWhy() throws Exception {
        assertThatThrownBy(() -> evaluations.rate(project, form(ServiceRating.DISSATISFIED, "  ", null), contact))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("comment"));

        MockHttpSession session = WebTestSupport.login(mvc, contactName);
        String page = mvc.perform(post("/service-evaluations/projects/{id}", project)
                        .session(session)
                        .with(csrf())
                        .param("rating", "DISSATISFIED")
                        .param("comment", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("评价为“不满意”时请填写原因");
        assertThat(ledger.thisMonth(project, contact)).isEmpty();
    }

    @Test
    void anEnterpriseCannotRateAnotherEnterprisesProject() throws Exception {
        CurrentUser other = fx.user("enterprise2");
        assertThatThrownBy(() -> evaluations.rate(project, form(ServiceRating.SATISFIED, null, null), other))
                .isInstanceOf(NotFoundException.class);

        MockHttpSession session = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get("/service-evaluations/projects/{id}", project).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/service-evaluations/projects/{id}", project)
                        .session(session)
                        .with(csrf())
                        .param("rating", "SATISFIED"))
                .andExpect(status().isNotFound());
        assertThat(ledger.page(new EvaluationFilter(null, project, null, null, null), fx.user("dispatch"), page())
                        .content())
                .isEmpty();
    }

    @Test
    void theContactRatesFromHisPageAndSeesItOnTheProjectPage() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, contactName);
        String mine = mvc.perform(get("/service-evaluations/mine").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).contains("/service-evaluations/projects/" + project);
        mvc.perform(post("/service-evaluations/projects/{id}", project)
                        .session(session)
                        .with(csrf())
                        .param("rating", "SATISFIED")
                        .param("attitude", "SATISFIED")
                        .param("comment", "首席服务员随叫随到"))
                .andExpect(status().is3xxRedirection());
        String card = mvc.perform(get("/service-evaluations/fragments/project/{id}", project)
                        .session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(card).contains("首席服务员随叫随到", "满意");

        String form = mvc.perform(
                        get("/service-evaluations/projects/{id}", project).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("name=\"responsiveness\"", "name=\"problemSolving\"", "name=\"attitude\"")
                .containsPattern("(?s)name=\"attitude\".*?value=\"SATISFIED\" selected");
    }

    @Test
    void theProjectPageOffersToChangeThisMonthsRatingOnceGivenAsHisOwnPageDoes() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, contactName);
        assertThat(rateButton(session)).contains("评价 " + ledger.thisMonth() + " 的服务");

        evaluations.rate(project, form(ServiceRating.SATISFIED, null, null), contact);

        assertThat(rateButton(session)).contains("修改本月评价").doesNotContain("评价 " + ledger.thisMonth());
    }

    private String rateButton(MockHttpSession session) throws Exception {
        String card = mvc.perform(get("/service-evaluations/fragments/project/{id}", project)
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<a[^>]*id=\"project-evaluation-rate\"[^>]*>[^<]*</a>")
                .matcher(card);
        assertThat(m.find()).as("the contact's rate button").isTrue();
        return m.group();
    }

    @Test
    void staffSeeOnlyTheRatingsOfTheirScopeInTheLedgerAndItsExport() throws Exception {
        long otherProject = projectLedBy("lead2", taskForce);
        String ledName = projectReads.summary(project).orElseThrow().name();
        String otherName = projectReads.summary(otherProject).orElseThrow().name();
        evaluations.rate(project, form(ServiceRating.SATISFIED, null, null), contact);
        evaluations.rate(otherProject, form(ServiceRating.BASICALLY_SATISFIED, null, null), contact);

        String lead = WebTestSupport.page(mvc, "lead", "/service-evaluations?taskForceId=" + taskForce);
        assertThat(lead).contains(ledName).doesNotContain(otherName);
        String lead2 = WebTestSupport.page(mvc, "lead2", "/service-evaluations?taskForceId=" + taskForce);
        assertThat(lead2).contains(otherName).doesNotContain(ledName);
        String dispatch = WebTestSupport.page(mvc, "dispatch", "/service-evaluations?taskForceId=" + taskForce);
        assertThat(dispatch).contains(ledName, otherName);

        String exported = export("lead", "/service-evaluations/export?taskForceId=" + taskForce);
        assertThat(exported).contains(ledName).doesNotContain(otherName);
        assertThat(export("dispatch", "/service-evaluations/export?taskForceId=" + taskForce))
                .contains(ledName, otherName);

        // Those without the permission (a department handler) do not reach the ledger at all.
        mvc.perform(get("/service-evaluations").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSatisfactionRateCountsTheLastTwelveMonthsOfTheTaskForce() throws Exception {
        long second = fx.project(enterprise, taskForce);
        YearMonth now = ledger.thisMonth();
        evaluations.rate(project, form(ServiceRating.SATISFIED, null, null), contact);
        evaluations.rate(second, form(ServiceRating.DISSATISFIED, "手续办理进度没人跟进", null), contact);
        evaluations.recordEarlier(
                project, now.minusMonths(11), form(ServiceRating.BASICALLY_SATISFIED, null, null), contact);
        // Twelve months ago is outside the period.
        evaluations.recordEarlier(project, now.minusMonths(12), form(ServiceRating.DISSATISFIED, "去年", null), contact);

        SatisfactionRate rate = ledger.taskForceRate(taskForce, fx.user("dispatch"));
        assertThat(rate.rated()).isEqualTo(3);
        assertThat(rate.percent()).isEqualByComparingTo(new BigDecimal("66.7"));

        assertThat(WebTestSupport.page(mvc, "dispatch", "/service-evaluations/fragments/task-force/" + taskForce))
                .contains("66.7%");
        List<SatisfactionRate> summary =
                ledger.rates(new EvaluationFilter(taskForce, null, null, null, null), fx.user("dispatch"));
        assertThat(summary)
                .singleElement()
                .satisfies(r -> assertThat(r.percent()).isEqualByComparingTo(new BigDecimal("66.7")));
        String page = WebTestSupport.page(mvc, "dispatch", "/service-evaluations?taskForceId=" + taskForce);
        assertThat(page).contains("66.7%");
        // On a phone the counts stand under the task force's name instead of in three more columns.
        Matcher counts = Pattern.compile("evaluation-counts\">(.*?)</div>", Pattern.DOTALL)
                .matcher(page);
        assertThat(counts.find()).isTrue();
        assertThat(counts.group(1)
                        .replaceAll("<[^>]+>", "")
                        .replaceAll("\\s+", " ")
                        .strip())
                .isEqualTo("满意 1 · 基本满意 1 · 不满意 1");
        assertThat(Pattern.compile("<span class=\"text-nowrap[^>]*>[^<]+ 1</span>")
                        .matcher(counts.group(1))
                        .results())
                .as("each label keeps its number on its line")
                .hasSize(3);
    }

    @Test
    void aDissatisfiedRatingTellsTheTaskForceAndTheLeadOfficialOnce() {
        long chief = fx.userId("taskforce");
        String name = projectReads.summary(project).orElseThrow().name();
        long id = evaluations.rate(project, form(ServiceRating.DISSATISFIED, "供电接入迟迟没有进展", null), contact);

        await().atMost(Duration.ofSeconds(10)).until(() -> notices(chief, name).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> notices(fx.userId("lead"), name).size() == 1);
        InboxItemView notice = notices(chief, name).getFirst();
        assertThat(notice.args()).contains("供电接入迟迟没有进展");
        assertThat(notice.link()).isEqualTo("/service-evaluations?projectId=" + project);

        // The same occasion delivered again tells nobody twice.
        EvaluationView stored = ledger.thisMonth(project, contact).orElseThrow();
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> events.publishEvent(new ServiceDissatisfied(
                        id,
                        1,
                        project,
                        name,
                        stored.taskForceName(),
                        stored.month(),
                        stored.comment(),
                        List.of(chief))));
        await().atMost(Duration.ofSeconds(10)).until(() -> completedNotices(id) == 2);
        // Changing only the comment of a dissatisfied rating is no new occasion either; a change to another rating and
        // back is one.
        evaluations.rate(project, form(ServiceRating.DISSATISFIED, "补充：已两周无人答复", stored.version()), contact);
        assertThat(notices(chief, name)).hasSize(1);
        evaluations.rate(project, form(ServiceRating.BASICALLY_SATISFIED, null, stored.version() + 1), contact);
        evaluations.rate(project, form(ServiceRating.DISSATISFIED, "又停滞了", stored.version() + 2), contact);
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(chief, name).size() == 2);
    }

    private long completedNotices(long evaluationId) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id = 'notification.service-dissatisfied'
                        and completion_date is not null and serialized_event like :evaluation""")
                .param("evaluation", "%\"evaluationId\":" + evaluationId + ",%")
                .query(Long.class)
                .single();
    }

    private List<InboxItemView> notices(long userId, String projectName) {
        return notifications.inbox(userId, false, new PageQuery(0, 100)).content().stream()
                .filter(i -> i.messageKey().equals("notification.service-evaluation.dissatisfied"))
                .filter(i -> i.args().contains(projectName))
                .toList();
    }

    private String export(String username, String path) throws Exception {
        byte[] body = mvc.perform(get(path).session(WebTestSupport.login(mvc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private long projectLedBy(String leadOfficial, long taskForceId) {
        return projects.create(new ProjectForm(
                TestCodes.unique("评价测试项目"),
                null,
                enterprise,
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                new BigDecimal("500"),
                LocalDate.of(2025, 3, 3),
                LocalDate.of(2027, 3, 1),
                fx.userId(leadOfficial),
                taskForceId,
                null,
                null,
                null));
    }

    private static EvaluationForm form(ServiceRating rating, String comment, Integer version) {
        return new EvaluationForm(rating, null, null, null, comment, version);
    }

    private static PageQuery page() {
        return new PageQuery(0, 20);
    }
}
