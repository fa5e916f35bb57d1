package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tickets whose resolve date an approved extension set before the extension marked it as chosen read, once migrated
 * (V178), as chosen: the recount, which reads only the flag now, keeps them as it kept them by their extension count.
 * One reopened since with a counted date, or never extended, stays counted.
 */
@IntegrationTest
class ExtendedResolveDateBackfillTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ticketsStillOnTheirExtensionsDateAreMarkedChosenTheOnesCountedSinceAreNot() throws IOException {
        long extended = flows.signedByPower();
        long reopened = flows.signedByPower();
        long counted = flows.signedByPower();
        jdbc.sql("update ticket set resolve_date_chosen = false, extensions = :n where id = :id")
                .param("n", 1)
                .param("id", extended)
                .update();
        jdbc.sql("update ticket set resolve_date_chosen = false, extensions = :n where id = :id")
                .param("n", 1)
                .param("id", reopened)
                .update();
        jdbc.sql("update ticket set resolve_date_chosen = false where id = :id")
                .param("id", counted)
                .update();
        LocalDate asked = LocalDate.of(2099, 3, 20);
        for (long id : List.of(extended, reopened)) {
            step(id, 97, "ticket.extension-decided", "APPROVED", asked);
        }
        step(reopened, 98, "ticket.reopened", "DISSATISFIED", asked.plusDays(5));

        migrate();

        assertThat(chosen(extended)).as("still the extension's date").isTrue();
        assertThat(chosen(reopened)).as("a reopening counted a later date").isFalse();
        assertThat(chosen(counted)).as("never extended").isFalse();
    }

    private void step(long id, int number, String action, String result, LocalDate resolveBy) {
        jdbc.sql("""
                        insert into ticket_step (ticket_id, step, action, actor_id, actor_name, from_state, to_state,
                                                 result_code, detail, at, resolve_by)
                        values (:id, :step, :action, null, '调度', 'IN_PROGRESS', 'IN_PROGRESS', :result, null,
                                current_timestamp, :resolveBy)""")
                .param("id", id)
                .param("step", number)
                .param("action", action)
                .param("result", result)
                .param("resolveBy", resolveBy)
                .update();
    }

    private boolean chosen(long id) {
        return jdbc.sql("select resolve_date_chosen from ticket where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private void migrate() throws IOException {
        String sql = new ClassPathResource("db/migration/V178__extended_resolve_date_chosen.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> s.startsWith("update"))
                .forEach(s -> jdbc.sql(s).update());
    }
}
