package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.enterprise.EnterpriseView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.ChainViews.NodeView;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.MissingReport;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.meeting.EnterpriseContactStatus;
import cn.zhuanban.project.ProjectChoice;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectPickLists;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.TaskForceForm;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceSummary;
import cn.zhuanban.shared.PageQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@code %} or {@code _} typed into a search box is looked for as itself: as a wildcard "100%" found every "100",
 * and "_" every name at all. Each search below has a name holding the character and one the wildcard would match.
 */
@IntegrationTest
class SearchWildcardTests {

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    ProjectPickLists pickLists;

    @Autowired
    UserDirectory directory;

    @Autowired
    ContactLogManagement contacts;

    @Autowired
    InvestmentQueries investment;

    @Autowired
    IndustryManagement industry;

    ServiceFixtures fx;
    CurrentUser dispatch;

    /** A prefix no other record has, so that each search sees only the test's own names. */
    final String base = TestCodes.unique("通配");

    /** The names holding the characters, each beside one that the unescaped wildcard would also find. */
    final List<String> names = List.of(base + "_甲", base + "乙甲", base + "%丙", base + "丁戊丙", base + "!己");

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
    }

    @Test
    void theTaskForceListFindsOnlyTheNamesHoldingAWildcardAsTyped() {
        names.forEach(name -> taskForces.create(new TaskForceForm(name, null, null, Set.of(), Set.of(), 0)));

        assertFoundAsTyped(q -> taskForces.search(q, dispatch, new PageQuery(0, 20)).content().stream()
                .map(TaskForceSummary::name)
                .toList());
    }

    @Test
    void theEnterpriseListAndPickListFindOnlyTheNamesHoldingAWildcardAsTyped() {
        names.forEach(name -> enterprises.register(
                new EnterpriseForm(name, TestCodes.creditCode(), null, null, null, null, null, null, 0)));

        assertFoundAsTyped(q -> enterprises.search(q, dispatch, new PageQuery(0, 20)).content().stream()
                .map(EnterpriseView::name)
                .toList());
        assertFoundAsTyped(q -> enterprises.choices(dispatch, q, null).stream()
                .map(EnterpriseOption::name)
                .toList());
    }

    @Test
    void theProjectListAndPickListFindOnlyTheNamesHoldingAWildcardAsTyped() {
        long enterprise = fx.enterprise();
        names.forEach(name -> projects.create(project(name, enterprise)));

        assertFoundAsTyped(q -> projectReads
                .search(new ProjectFilter(q, null, null, null, null, null, null), dispatch, new PageQuery(0, 20))
                .content()
                .stream()
                .map(ProjectSummary::name)
                .toList());
        assertFoundAsTyped(q -> pickLists.choices(dispatch, q, null).stream()
                .map(ProjectChoice::label)
                .map(label -> label.substring(0, label.indexOf(" · ")))
                .toList());
    }

    /** The served enterprises (contact coverage) and the projects without a monthly report search by name too. */
    @Test
    void theCoverageAndMissingReportListsFindOnlyTheNamesHoldingAWildcardAsTyped() {
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        names.forEach(name -> {
            long enterprise = enterprises
                    .register(new EnterpriseForm(name, TestCodes.creditCode(), null, null, null, null, null, null, 0))
                    .id();
            projects.create(new ProjectForm(
                    name,
                    null,
                    enterprise,
                    ProjectLevel.DISTRICT,
                    ProjectStage.UNDER_CONSTRUCTION,
                    new BigDecimal("100"),
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2028, 3, 1),
                    null,
                    taskForce,
                    null,
                    null,
                    null));
        });

        assertFoundAsTyped(q ->
                contacts.statuses(dispatch, false, q, LocalDate.of(2026, 6, 1), new PageQuery(0, 20)).content().stream()
                        .map(EnterpriseContactStatus::enterpriseName)
                        .toList());
        assertFoundAsTyped(
                q -> investment.missing(YearMonth.of(2026, 6), dispatch, q, new PageQuery(0, 20)).content().stream()
                        .map(MissingReport::projectName)
                        .toList());
    }

    @Test
    void theGapListFindsOnlyTheNamesHoldingAWildcardAsTyped() {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("通配产业链"), null, null, 0, 0));
        names.forEach(name -> industry.addNode(
                chain, new NodeForm(ChainSegment.UPSTREAM, null, name, "C27", NodeStatus.MISSING, null, null, 0, 0)));

        assertFoundAsTyped(q -> industry.gaps(chain, q, new PageQuery(0, 20)).content().stream()
                .map(NodeView::name)
                .toList());
    }

    /**
     * The guard for the searches no test above runs: a {@code like} against a parameter says the escape character
     * {@link cn.zhuanban.shared.LikeText} escapes with, which no database takes for one unless told.
     */
    @Test
    void everyLikeOfASearchParameterSaysItsEscapeCharacter() throws IOException {
        // a parameter named in parts (":skill" + i + " escape '!'") says it after the concatenation
        Pattern like =
                Pattern.compile("(?i)\\blike\\s+:\\w+(?!\\w)(?!(\"\\s*\\+\\s*\\w+\\s*\\+\\s*\")?\\s+escape\\s+'!')");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> unescaped = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(SearchWildcardTests::lines)
                    .filter(line -> like.matcher(line).find())
                    .toList();
            assertThat(unescaped).isEmpty();
        }
    }

    private void assertFoundAsTyped(Function<String, List<String>> search) {
        assertThat(search.apply(base + "_甲")).containsExactly(base + "_甲");
        assertThat(search.apply(base + "%丙")).containsExactly(base + "%丙");
        assertThat(search.apply(base + "!己")).containsExactly(base + "!己");
        assertThat(search.apply(base)).hasSize(names.size());
    }

    private static ProjectForm project(String name, long enterprise) {
        return new ProjectForm(
                name,
                null,
                enterprise,
                ProjectLevel.DISTRICT,
                ProjectStage.PLANNED,
                new BigDecimal("100"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2028, 3, 1),
                null,
                null,
                null,
                null,
                null);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
