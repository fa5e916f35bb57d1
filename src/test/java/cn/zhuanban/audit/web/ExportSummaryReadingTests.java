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

    @Autowired
    org.springframework.context.MessageSource messages;

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
    void anExportsFiltersReadAsTheListPageLabelsThem() {
        assertThat(reading.read(
                        "card: RED, source: MEETING; rows: 2", "ledger", "/tickets/export", ZH, NameLookup.NONE))
                .isEqualTo("督办牌：红牌，来源：例会议定；行数：2");
        assertThat(reading.read("source: REPORT|INSTRUCTION", "ledger", "/tickets/export", ZH, NameLookup.NONE))
                .isEqualTo("来源：上报、领导批示");
        assertThat(reading.read(
                        "late: OVER_LIMIT, open: false", "ledger", "/service-items/export", ZH, NameLookup.NONE))
                .isEqualTo("逾期类型：已逾期（超办理时限，或自建事项超目标日期），显示范围：显示全部");
        assertThat(reading.read("working: true; rows: 1", "ledger", "/investment/leads/export", ZH, NameLookup.NONE))
                .isEqualTo("只看我经办的线索；行数：1");
        assertThat(reading.read("open: true, overdue: true", "ledger", "/talent/services/export", ZH, NameLookup.NONE))
                .doesNotContain("open", "overdue", "是");
        assertThat(reading.read(
                        "status: SENT", "ledger", "/admin/notifications/deliveries/export", ZH, NameLookup.NONE))
                .doesNotContain("SENT");
        assertThat(reading.read("card: RED", "ledger", "/tickets/export", Locale.ENGLISH, NameLookup.NONE))
                .isEqualTo("Card: Red card");
    }

    @Test
    void everyFilterDeclaredForALedgerHasItsLabelsInBothLanguages() {
        List<String> unread = new ArrayList<>();
        LedgerFilters.BY_LEDGER.forEach((ledger, filters) -> filters.forEach((name, filter) -> {
            List<String> keys = new ArrayList<>(filter.values().values());
            keys.add(filter.label());
            for (String key : keys) {
                for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
                    if (messages.getMessage(key, null, null, locale) == null) {
                        unread.add(ledger + " " + name + " " + key + " " + locale);
                    }
                }
            }
        }));
        assertThat(unread).isEmpty();
    }

    @Test
    void anOldRecordLeavesOutEmptyFiltersAndPaging() {
        assertThat(reading.read(
                        "chainId: , chainNodeId: , level: , stage: UNDER_CONSTRUCTION; rows: 3",
                        "ledger",
                        "/battle-map/export",
                        ZH,
                        NameLookup.NONE))
                .isEqualTo("项目阶段：在建；行数：3");
        assertThat(reading.read("size: 2; rows: 5", "ledger", "/admin/departments/export", ZH, NameLookup.NONE))
                .isEqualTo("筛选条件：无；行数：5");
    }

    @Test
    void everyExportedLedgerHasANameInBothLanguages() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, h) -> {
            if (h.hasMethodAnnotation(AuditedExport.class)) {
                paths.addAll(info.getPatternValues());
            }
        });
        assertThat(paths).as("the scan finds the exports").contains("/tickets/export", "/meetings/{id}/minutes.docx");
        for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
            assertThat(paths.stream().filter(p -> reading.ledgerName(p, locale) == null))
                    .as("exports without audit.ledger.<path> in " + locale)
                    .isEmpty();
        }
        assertThat(reading.ledgerName("/tickets/export", ZH)).isEqualTo("工单台账");
        assertThat(reading.ledgerName("/meetings/12/minutes.docx", ZH)).isEqualTo("会议纪要");
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
