package cn.zhuanban.shared.web;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamWriteFeature;

/**
 * Decimals bound from forms and printed back into them without an exponent ({@link PlainDecimals}), and written so in
 * the API's JSON too: {@code 1E+20} there is a valid number that a spreadsheet or a person reading the answer takes
 * for text.
 */
@Configuration
class PlainDecimalConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new PlainDecimals());
    }

    @Bean
    JsonMapperBuilderCustomizer plainDecimalsInJson() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
