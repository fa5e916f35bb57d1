package cn.zhuanban.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two requests of one session that both add the same new attribute (the flash map of two posts at once): each loaded
 * the session before the other saved, so both inserted the attribute, and the second failed on the attributes' primary
 * key after its controller had committed. Two copies of one session saved one after the other are that race without
 * the timing. The tests keep sessions in MockMvc, so the JDBC store is built here, on the test database.
 */
@IntegrationTest
class SessionAttributeRaceTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoCopiesOfOneSessionBothAddingAnAttributeDoNotFail() {
        JdbcIndexedSessionRepository repository = repository();
        new SessionAttributeUpsert().upsertedSessionAttributes(dataSource).customize(repository);

        assertThat(race(repository)).isEqualTo("second");
    }

    @Test
    void withoutTheUpsertTheSecondCopyFails() {
        assertThatThrownBy(() -> race(repository())).isInstanceOf(DuplicateKeyException.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String race(JdbcIndexedSessionRepository repository) {
        SessionRepository<Session> sessions = (SessionRepository) repository; // its session class is not public
        Session session = sessions.createSession();
        sessions.save(session);
        try {
            Session first = sessions.findById(session.getId());
            Session second = sessions.findById(session.getId());
            first.setAttribute("race", "first");
            second.setAttribute("race", "second");
            sessions.save(first);
            sessions.save(second);
            return sessions.findById(session.getId()).getAttribute("race");
        } finally {
            sessions.deleteById(session.getId());
        }
    }

    private JdbcIndexedSessionRepository repository() {
        return new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), transactions);
    }
}
