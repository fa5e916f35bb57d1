package cn.zhuanban.province;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --zhuanban.generate=province}: generates the province after the calendar, the roles and
 * (if enabled) the demo district are in place, then stops the application unless
 * {@code --zhuanban.generate.serve=true}. {@code zhuanban.generate.projects} (default 5000) and
 * {@code zhuanban.generate.tag} (default {@code prov}, the prefix of usernames and codes) size and
 * name the run.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "zhuanban.generate", havingValue = "province")
class ProvinceCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceCommand.class);

    private final ProvinceGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String tag;
    private final int projects;
    private final boolean serve;

    ProvinceCommand(
            ProvinceGenerator generator,
            ConfigurableApplicationContext context,
            @Value("${zhuanban.generate.tag:prov}") String tag,
            @Value("${zhuanban.generate.projects:5000}") int projects,
            @Value("${zhuanban.generate.serve:false}") boolean serve) {
        this.generator = generator;
        this.context = context;
        this.tag = tag;
        this.projects = projects;
        this.serve = serve;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProvinceGenerator.Summary summary = generator.generate(new ProvinceGenerator.Scale(tag, projects));
        log.info("Generated province '{}' in {} s: {}", summary.tag(), summary.millis() / 1000.0, summary.rows());
        if (!serve) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
