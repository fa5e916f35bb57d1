package cn.zhuanban.identity.security;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Writes a new session attribute as an upsert. Two requests of one session at once (two tabs, a retried post, htmx
 * requests in parallel) each saw the flash map as new and both inserted it: the second failed on
 * {@code spring_session_attributes_pk} after its controller had committed, and the user saw an error page for a change
 * that was made (the known Spring Session JDBC race). On PostgreSQL the customizer Spring Session ships
 * ({@code ON CONFLICT ... DO UPDATE}); on H2, which has no {@code DO UPDATE}, its {@code MERGE ... KEY}. Chosen by the
 * database rather than the profile: the PostgreSQL test run uses the default profile.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

    static final String H2_MERGE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertedSessionAttributes(DataSource dataSource) {
        String product = product(dataSource);
        return repository -> {
            if ("PostgreSQL".equals(product)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if ("H2".equals(product)) {
                repository.setCreateSessionAttributeQuery(H2_MERGE);
            }
        };
    }

    private static String product(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            return "unknown"; // the plain insert: correct, only not proof against the race
        }
    }
}
