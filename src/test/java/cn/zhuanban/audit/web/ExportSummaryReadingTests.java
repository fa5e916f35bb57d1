package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.shared.web.AuditedExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The record of an export lists the filters as sent ({@code stage: UNDER_CONSTRUCTION; rows: 10}); on the audit page
 * every filter an export takes reads as a word, and so do the fixed parts of the summary.
 */
@IntegrationTest
class ExportSummaryReadingTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    SummaryReading reading;

    @Test
    void theFixedPartsOfAnExportSummaryReadInChinese() {
        assertThat(reading.read("filters: none; rows: 10", "ledger", ZH)).isEqualTo("筛选条件：无；行数：10");
        assertThat(reading.read("q: 0 characters", "ledger", ZH)).isEqualTo("关键词：0 个字");
        assertThat(reading.read("stage: UNDER_CONSTRUCTION; rows: 3", "ledger", ZH))
                .isEqualTo("阶段：在建；行数：3");
        assertThat(reading.read("state: ASSIGNED, education: BACHELOR; rows: 2", "ledger", ZH))
                .isEqualTo("状态：已交办，学历：本科；行数：2");
        assertThat(reading.read("filters: none; rows: 10", "ledger", Locale.ENGLISH))
                .isEqualTo("Filters: none; Rows: 10");
    }

    @Test
    void everyFilterAnExportTakesReadsAsAWord() {
        Set<String> names = new TreeSet<>();
        mappings.getHandlerMethods().values().stream()
                .filter(h -> h.hasMethodAnnotation(AuditedExport.class))
                .forEach(h -> names.addAll(parameterNames(h)));
        assertThat(names).as("the scan finds the filters").contains("stage", "q");
        List<String> unread = names.stream()
                .filter(name -> reading.read(name + ": 1", "ledger", ZH).startsWith(name))
                .toList();
        assertThat(unread).as("export filters without audit.field.<name>").isEmpty();
    }

    private static List<String> parameterNames(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null && java.util.Map.class.isAssignableFrom(type)) {
                continue; // the whole query string, read by a query record of its own (the wall chart's WallQuery)
            }
            if (param != null) {
                names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
