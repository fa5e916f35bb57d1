package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that both add the same new attribute (the flash map of two posts at once): each loaded
 * the session before the other saved, so both inserted the attribute, and the second failed on the attributes' primary
 * key after its controller had committed. Two copies of one session saved one after the other are the same race,
 * without timing.
 */
@IntegrationTest
class SessionAttributeRaceTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoCopiesOfOneSessionBothAddingAnAttributeDoNotFail() {
        SessionRepository<Session> sessions = (SessionRepository) repository; // its session class is not public
        Session session = sessions.createSession();
        sessions.save(session);
        try {
            Session first = sessions.findById(session.getId());
            Session second = sessions.findById(session.getId());
            first.setAttribute("race", "first");
            second.setAttribute("race", "second");

            sessions.save(first);
            sessions.save(second); // a duplicate key on spring_session_attributes_pk before the upsert

            assertThat((String) sessions.findById(session.getId()).getAttribute("race"))
                    .isEqualTo("second");
        } finally {
            sessions.deleteById(session.getId());
        }
    }
}
