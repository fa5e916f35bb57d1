package cn.zhuanban.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in the district's time zone; tests replace it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The district's time zone: wall-clock times shown or exported are in it. */
    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(DISTRICT_ZONE);
    }
}
