package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.audit.AuditRecordView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A page of records asks each module once for the names of all the ids of its kind the page holds, however many
 * records there are: no query per record.
 */
class RecordNamesTests {

    final Map<NamedKind, List<Collection<Long>>> asked = new EnumMap<>(NamedKind.class);

    final RecordNames names =
            new RecordNames(new SummaryReading(SummaryReadingTests.bundles(), RoleNames.NONE), sources());

    private Map<NamedKind, Function<Collection<Long>, Map<Long, String>>> sources() {
        Map<NamedKind, Function<Collection<Long>, Map<Long, String>>> sources = new EnumMap<>(NamedKind.class);
        for (NamedKind kind : NamedKind.values()) {
            sources.put(kind, ids -> {
                asked.computeIfAbsent(kind, k -> new ArrayList<>()).add(List.copyOf(ids));
                Map<Long, String> found = new HashMap<>();
                ids.stream().filter(id -> id < 1000).forEach(id -> found.put(id, kind + "-" + id));
                return found;
            });
        }
        return sources;
    }

    @Test
    void aPageOfFiftyRecordsAsksEachKindOnce() {
        List<AuditRecordView> page = LongStream.range(0, 50)
                .mapToObj(n -> n % 2 == 0
                        ? record(n, "project", Long.toString(n), "leadOfficialId=" + (100 + n) + ", taskForceId=" + n)
                        : record(n, "contact", Long.toString(n), "enterpriseId=" + n + ", projectId=" + (200 + n)))
                .toList();

        RecordNames.Found found = names.of(page, Locale.SIMPLIFIED_CHINESE);

        assertThat(asked.keySet())
                .containsExactlyInAnyOrder(
                        NamedKind.PROJECT, NamedKind.USER, NamedKind.TASK_FORCE, NamedKind.ENTERPRISE);
        asked.forEach((kind, calls) -> assertThat(calls).as(kind.name()).hasSize(1));
        assertThat(asked.get(NamedKind.PROJECT).getFirst())
                .as("the projects of the records and those their summaries name")
                .hasSize(50)
                .contains(0L, 48L, 201L, 249L);
        assertThat(found.entity(page.get(2))).isEqualTo("PROJECT-2");
        assertThat(found.entity(page.get(1)))
                .as("a contact is shown by id alone")
                .isNull();
        assertThat(found.name(NamedKind.USER, 104)).isEqualTo("USER-104");
    }

    @Test
    void chainsAttractionTalentAndTicketsAreAskedOnceEachAndACandidateNever() {
        List<AuditRecordView> page = LongStream.range(0, 40)
                .mapToObj(n -> switch ((int) (n % 5)) {
                    case 0 -> record(n, "chain-node", Long.toString(n), "parentId=" + (n + 1));
                    case 1 -> record(n, "investment-lead", Long.toString(n), "partnerId: — → 8; referrerId: — → 9");
                    case 2 -> record(n, "recruitment-event", Long.toString(n), "demandIds=[" + n + ", 7]");
                    case 3 -> record(n, "meeting-action", Long.toString(n), "决定 → 3/5 2026-07-01 ticket " + n);
                    default -> record(n, "talent-candidate", Long.toString(n), "candidate #" + n + " HIRED");
                })
                .toList();

        RecordNames.Found found = names.of(page, Locale.SIMPLIFIED_CHINESE);

        assertThat(asked.keySet())
                .containsExactlyInAnyOrder(
                        NamedKind.CHAIN_NODE,
                        NamedKind.LEAD,
                        NamedKind.PARTNER,
                        NamedKind.REFERRER,
                        NamedKind.TALENT_DEMAND,
                        NamedKind.TICKET);
        asked.forEach((kind, calls) -> assertThat(calls).as(kind.name()).hasSize(1));
        assertThat(asked.get(NamedKind.CHAIN_NODE).getFirst())
                .as("the nodes of the records and their parents")
                .contains(0L, 1L, 35L, 36L);
        assertThat(asked.get(NamedKind.TALENT_DEMAND).getFirst()).contains(2L, 7L, 37L);
        assertThat(asked.get(NamedKind.TICKET).getFirst())
                .containsExactlyInAnyOrder(3L, 8L, 13L, 18L, 23L, 28L, 33L, 38L);
        assertThat(found.entity(page.get(1))).isEqualTo("LEAD-1");
        assertThat(found.entity(page.get(4)))
                .as("a candidate is shown by id alone: his name is personal data")
                .isNull();
    }

    @Test
    void aDeletedThingAndATypeWithoutNamesAskNothingMoreAndHaveNoName() {
        List<AuditRecordView> page = List.of(
                record(1, "project", "5000", "stage: PRE_CONSTRUCTION → UNDER_CONSTRUCTION"),
                record(2, "ledger", "/projects/export", "filters: none; rows: 3"));

        RecordNames.Found found = names.of(page, Locale.ENGLISH);

        assertThat(asked).containsOnlyKeys(NamedKind.PROJECT);
        assertThat(found.entity(page.get(0))).isNull();
        assertThat(found.entity(page.get(1))).isNull();
    }

    private static AuditRecordView record(long id, String type, String entityId, String summary) {
        return new AuditRecordView(
                id, Instant.EPOCH, "tester", "127.0.0.1", type + ".updated", type, entityId, summary);
    }

    @Test
    void meetingsAgendaItemsServiceItemsAndPlansAreNamedAndAChecklistFromTheTemplateByItsProject() {
        List<AuditRecordView> page = List.of(
                record(1, "meeting", "2", "item 9 up"),
                record(2, "meeting-series", "3", "MONDAY 09:00 三楼"),
                record(3, "service-item", "107", "note: — → 材料已寄出"),
                record(4, "project-plan", "12", "M3: percentComplete=60%"),
                new AuditRecordView(
                        5,
                        Instant.EPOCH,
                        "tester",
                        "127.0.0.1",
                        "service-item.template-applied",
                        "service-item",
                        "40",
                        "15 items"));

        RecordNames.Found found = names.of(page, Locale.SIMPLIFIED_CHINESE);

        asked.forEach((kind, calls) -> assertThat(calls).as(kind.name()).hasSize(1));
        assertThat(asked.get(NamedKind.AGENDA_ITEM).getFirst()).containsExactly(9L);
        assertThat(asked.get(NamedKind.PROJECT).getFirst()).containsExactlyInAnyOrder(12L, 40L);
        assertThat(found.entity(page.get(0))).isEqualTo("MEETING-2");
        assertThat(found.entity(page.get(1))).isEqualTo("MEETING_SERIES-3");
        assertThat(found.entity(page.get(2))).isEqualTo("SERVICE_ITEM-107");
        assertThat(found.entity(page.get(3)))
                .as("a plan's record carries its project's id")
                .isEqualTo("PROJECT-12");
        assertThat(found.entity(page.get(4)))
                .as("the template applied to a project is recorded by the project's id")
                .isEqualTo("PROJECT-40");
    }
}
