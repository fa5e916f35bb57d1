package cn.zhuanban.shared;

import java.lang.management.ManagementFactory;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all app nodes: each takes a ShedLock row in the shared database
 * (annotate the job with {@code @SchedulerLock}). The database clock decides, so nodes with
 * drifting clocks cannot both hold a lock. {@code locked_by} names the node as {@code pid@host} (the JVM's name), as
 * {@code import_job.claimed_by} does: the bare host name, ShedLock's default, was the same on every node of one host
 * and could not say which node ran a job.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                .build());
    }
}
