package cn.zhuanban;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the test database: in-memory H2 by default; the local PostgreSQL database
 * {@code zhuanban_test} when {@code ZHUANBAN_TEST_DB=postgres} (CI runs both). Registered in
 * {@code META-INF/spring.factories} of the test classpath.
 */
public class TestDatabase implements EnvironmentPostProcessor {

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getenv("ZHUANBAN_TEST_DB"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        if (postgres()) {
            props.put(
                    "spring.datasource.url",
                    env("ZHUANBAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/zhuanban_test"));
            props.put("spring.datasource.username", env("ZHUANBAN_TEST_DB_USER", "postgres"));
            props.put("spring.datasource.password", env("ZHUANBAN_TEST_DB_PASSWORD", ""));
            // as the postgres profile does in production (application-postgres.properties)
            props.put("spring.datasource.hikari.connection-init-sql", "set jit = off");
        } else {
            props.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:zhuanban-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("zhuanbanTestDatabase", props));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
