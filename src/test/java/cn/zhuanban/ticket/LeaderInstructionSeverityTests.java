package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leader chooses how severe the problem he instructs on is (ordinary unless he says otherwise): its time limit
 * counts the deadlines, unless he sets the resolve date himself, which then stands as chosen on assigning.
 */
@IntegrationTest
class LeaderInstructionSeverityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    LeaderInstructions instructions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormOffersTheSeverityOrdinaryFirstAndTheDateEachGivesWithAnOptionalDeadline() throws Exception {
        LocalDate complex =
                instructions.countedResolveBy().get(TicketCategory.POWER).get(TicketSeverity.COMPLEX);

        String form = WebTestSupport.page(mvc, "leader", "/tickets/instructions/new");

        assertThat(form)
                .containsPattern("<select[^>]*id=\"severity\"[^>]*name=\"severity\"")
                .contains("<option value=\"NORMAL\" selected=\"selected\">一般</option>")
                .contains("<option value=\"COMPLEX\">复杂</option>")
                .containsPattern("value=\"POWER\"[^>]*data-resolve-by=\"[^\"]*COMPLEX=" + complex)
                .doesNotContainPattern("<input[^>]*id=\"resolveBy\"[^>]*required")
                .contains("办结时限（可选）", "不填则按问题类别和所选紧急程度的办结时限");
    }

    @Test
    void withoutADateTheSeverityChosenCountsTheDeadlinesAndTheTicketKeepsIt() throws Exception {
        LocalDate counted =
                instructions.countedResolveBy().get(TicketCategory.POWER).get(TicketSeverity.COMPLEX);
        assertThat(counted)
                .isAfter(instructions
                        .countedResolveBy()
                        .get(TicketCategory.POWER)
                        .get(TicketSeverity.NORMAL));

        long id = given(instruction().param("severity", "COMPLEX"));

        TicketView ticket = flows.view(id);
        assertThat(ticket.severity()).isEqualTo(TicketSeverity.COMPLEX);
        assertThat(ticket.resolveBy()).isEqualTo(counted);
        assertThat(ticket.resolveDateChosen()).isFalse();
        assertThat(WebTestSupport.page(mvc, "leader", "/tickets/" + id))
                .contains("按紧急程度（复杂）计算")
                .doesNotContain("人工指定");
    }

    @Test
    void aDateSetStandsAsChosenWhateverTheSeverity() throws Exception {
        LocalDate due = calendar.administrative().addWorkingDays(LocalDate.now(clock), 2);

        long id = given(instruction().param("severity", "COMPLEX").param("resolveBy", due.toString()));

        TicketView ticket = flows.view(id);
        assertThat(ticket.severity()).isEqualTo(TicketSeverity.COMPLEX);
        assertThat(ticket.resolveBy()).isEqualTo(due);
        assertThat(ticket.resolveDateChosen()).isTrue();
        assertThat(ticket.signBy()).isBeforeOrEqualTo(due);
    }

    @Test
    void noSeverityGivenIsOrdinary() throws Exception {
        long id = given(instruction());

        TicketView ticket = flows.view(id);
        assertThat(ticket.severity()).isEqualTo(TicketSeverity.NORMAL);
        assertThat(ticket.resolveBy())
                .isEqualTo(instructions
                        .countedResolveBy()
                        .get(TicketCategory.POWER)
                        .get(TicketSeverity.NORMAL));
        assertThat(ticket.resolveDateChosen()).isFalse();
    }

    @Test
    void anUnknownSeverityIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        long before = instructionTickets();

        String page = mvc.perform(instruction().param("severity", "PURPLE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("id=\"severity\"[^>]*is-invalid|is-invalid[^>]*id=\"severity\"");
        assertThat(instructionTickets()).isEqualTo(before);
    }

    private long instructionTickets() {
        return jdbc.sql("select count(*) from ticket where source = 'INSTRUCTION'")
                .query(Long.class)
                .single();
    }

    private long given(MockHttpServletRequestBuilder request) throws Exception {
        String to = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(to.replace("/tickets/", ""));
    }

    private MockHttpServletRequestBuilder instruction() throws Exception {
        return post("/tickets/instructions")
                .session(WebTestSupport.login(mvc, "leader"))
                .with(csrf())
                .param("projectId", Long.toString(data.project("GD")))
                .param("category", "POWER")
                .param("title", "施工用电迟迟未接入")
                .param("content", "请供电公司拿出接电方案")
                .param("departmentId", Long.toString(data.department("GD")));
    }
}
