package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
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

    /** These ledgers' filters read with the general labels (状态, 统计维度) or none; they read as their pages show them. */
    @Test
    void moreLedgersReadTheirFiltersAsTheirPagesShowThem() {
        NameLookup names = (kind, id) -> kind + " " + id;
        assertThat(read("status: MISSED, q: 2 characters; rows: 1", "/stage-goals/export"))
                .isEqualTo("逾期未完成，关键词：2 个字；行数：1");
        assertThat(reading.read(
                        "from: 2026-01, projectId: 4, rating: DISSATISFIED, taskForceId: 3, to: 2026-06",
                        "ledger",
                        "/service-evaluations/export",
                        ZH,
                        names))
                .isEqualTo("起始月份：2026-01，项目：4（PROJECT 4），总体评价：不满意，服务专班：3（TASK_FORCE 3），截止月份：2026-06");
        assertThat(read("dimension: PROJECT", "/tickets/metrics/export")).isEqualTo("按项目");
        assertThat(read("stale: true", "/contacts/enterprises/export")).isEqualTo("仅看久未联系");
        assertThat(read("stale: false", "/contacts/enterprises/export")).isEqualTo("全部服务企业");
        assertThat(reading.read("chainId: 5", "ledger", "/industry/gaps/export", ZH, names))
                .isEqualTo("产业链：5（INDUSTRY_CHAIN 5）");
        assertThat(read("from: 2026-01-01, to: 2026-03-31", "/investment/funnel/export"))
                .isEqualTo("起始（线索登记）：2026-01-01，截止：2026-03-31");
        assertThat(reading.read(
                        "chainId: 5, chainNodeId: 6, leadOfficialId: 7", "ledger", "/battle-map/export", ZH, names))
                .isEqualTo("产业链：5（INDUSTRY_CHAIN 5），产业链环节：6（CHAIN_NODE 6），分包领导：7（USER 7）");
        assertThat(reading.read("leadOfficialId: 7", "ledger", "/battle-map/export", Locale.ENGLISH, NameLookup.NONE))
                .isEqualTo(messages.getMessage("wall.lead", null, Locale.ENGLISH) + ": 7");
    }

    private String read(String summary, String path) {
        return reading.read(summary, "ledger", path, ZH, NameLookup.NONE);
    }

    @Test
    void everyFilterDeclaredForALedgerHasItsLabelsInBothLanguages() {
        List<String> unread = new ArrayList<>();
        LedgerFilters.BY_LEDGER.forEach((ledger, filters) -> filters.forEach((name, filter) -> {
            List<String> keys = new ArrayList<>(filter.values().values());
            if (filter.label() != null) {
                keys.add(filter.label());
            }
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
        // the audit list's cursor, carried by its export link with the list's query string
        assertThat(reading.read("after: 123, q: 2 characters", "ledger", "/audit/export", ZH, NameLookup.NONE))
                .isEqualTo("关键词：2 个字");
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
        Map<String, Set<String>> byPath = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, h) -> {
            if (h.hasMethodAnnotation(AuditedExport.class)) {
                for (String path : info.getPatternValues()) {
                    byPath.computeIfAbsent(path, p -> new TreeSet<>()).addAll(parameterNames(h, path));
                }
            }
        });
        // an export link carries its list page's query string (listQuery), so the list's own filters are recorded too
        mappings.getHandlerMethods().forEach((info, h) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                Set<String> export = byPath.get(path + "/export");
                if (export != null) {
                    parameterNames(h).stream()
                            .filter(name -> !Paging.placesList(name))
                            .forEach(export::add);
                }
            }
        });
        assertThat(byPath.values().stream().flatMap(Set::stream))
                .as("the scan finds the filters")
                .contains("stage", "q", "chainNodeId", "dimension");
        List<String> unread = new ArrayList<>();
        byPath.forEach((path, names) -> names.forEach(name -> {
            for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
                String read = reading.read(name + ": 1", "ledger", path, locale, NameLookup.NONE);
                if (read.startsWith(name + ":") || read.startsWith(name + "：")) {
                    unread.add(path + " " + name + " " + locale + ": " + read);
                }
            }
        }));
        assertThat(unread)
                .as("export filters read as neither their ledger's label nor audit.field.<name>")
                .isEmpty();
    }

    /**
     * Exports that take the whole query string ({@code @RequestParam Map}), with the names their query record reads:
     * the scan cannot see them, so each such export is listed here (the wall chart's WallQuery#of).
     */
    private static final Map<String, List<String>> WHOLE_QUERY = Map.of(
            "/battle-map/export", List.of("level", "stage", "leadOfficialId", "chainId", "chainNodeId", "from", "q"));

    private static List<String> parameterNames(HandlerMethod handler, String path) {
        List<String> names = parameterNames(handler);
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestParam.class)
                    && java.util.Map.class.isAssignableFrom(parameter.getParameterType())) {
                assertThat(WHOLE_QUERY)
                        .as("the filters of " + path + ", which reads the whole query string")
                        .containsKey(path);
                names.addAll(WHOLE_QUERY.get(path));
            }
        }
        return names;
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
