package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.meeting.MeetingNames;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.ticket.TicketLists;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The current names of everything a page of records names by id: the ids of each kind are gathered from all the
 * records first (the entities, and the ids their summaries hold, found by reading them once without names), then each
 * module is asked once for the names of its set, so a page costs at most one query per kind however many records it
 * has. The auditor reads every record of every module anyway; these are names only, without scope, as the stored
 * summaries already name the ids.
 */
@Component
class RecordNames {

    private final SummaryReading reading;
    private final Map<NamedKind, Function<Collection<Long>, Map<Long, String>>> sources;

    @Autowired
    RecordNames(
            SummaryReading reading,
            ProjectReads projects,
            EnterpriseManagement enterprises,
            TaskForceManagement taskForces,
            UserDirectory users,
            DepartmentManagement departments,
            IndustryManagement industry,
            InvestmentRegistry registry,
            InvestmentManagement leads,
            TalentManagement talent,
            TicketLists tickets,
            MeetingNames meetings,
            ServiceChecklistManagement checklists,
            EnterprisePlanLists plans) {
        this(
                reading,
                Map.ofEntries(
                        Map.entry(NamedKind.PROJECT, projects::namesOf),
                        Map.entry(NamedKind.ENTERPRISE, enterprises::namesOf),
                        Map.entry(NamedKind.TASK_FORCE, taskForces::namesOf),
                        Map.entry(NamedKind.USER, users::namesOf),
                        Map.entry(NamedKind.DEPARTMENT, departments::namesOf),
                        Map.entry(NamedKind.INDUSTRY_CHAIN, industry::chainNamesOf),
                        Map.entry(NamedKind.CHAIN_NODE, industry::nodeNamesOf),
                        Map.entry(NamedKind.PARTNER, registry::partnerNamesOf),
                        Map.entry(NamedKind.REFERRER, registry::referrerNamesOf),
                        Map.entry(NamedKind.LEAD, leads::namesOf),
                        Map.entry(NamedKind.TALENT_DEMAND, talent::demandNamesOf),
                        Map.entry(NamedKind.TICKET, tickets::namesOf),
                        Map.entry(NamedKind.MEETING, meetings::meetingsOf),
                        Map.entry(NamedKind.MEETING_SERIES, meetings::seriesOf),
                        Map.entry(NamedKind.AGENDA_ITEM, meetings::agendaItemsOf),
                        Map.entry(NamedKind.SERVICE_ITEM, checklists::namesOf),
                        Map.entry(NamedKind.ENTERPRISE_PLAN, plans::namesOf)));
    }

    RecordNames(SummaryReading reading, Map<NamedKind, Function<Collection<Long>, Map<Long, String>>> sources) {
        this.reading = reading;
        this.sources = sources;
    }

    /** The names the records name, looked up in one query per kind. */
    Found of(List<AuditRecordView> records, Locale locale) {
        Map<NamedKind, Set<Long>> wanted = new EnumMap<>(NamedKind.class);
        NameLookup gathering = (kind, id) -> {
            wanted.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
            return null;
        };
        for (AuditRecordView record : records) {
            NamedKind kind = IdFields.ofEntity(record.entityType(), record.action());
            Long id = IdFields.id(record.entityId());
            if (kind != null && id != null) {
                gathering.name(kind, id);
            }
            reading.read(record, locale, gathering);
        }
        Map<NamedKind, Map<Long, String>> found = new EnumMap<>(NamedKind.class);
        wanted.forEach((kind, ids) -> found.put(kind, sources.get(kind).apply(List.copyOf(ids))));
        return new Found(found);
    }

    /** The names found for a page. */
    static final class Found implements NameLookup {

        private final Map<NamedKind, Map<Long, String>> names;

        Found(Map<NamedKind, Map<Long, String>> names) {
            this.names = names;
        }

        @Override
        public String name(NamedKind kind, long id) {
            return names.getOrDefault(kind, Map.of()).get(id);
        }

        /** The name of the record's entity, or null (a type shown by id alone, a deleted thing). */
        String entity(AuditRecordView record) {
            NamedKind kind = IdFields.ofEntity(record.entityType(), record.action());
            Long id = IdFields.id(record.entityId());
            return kind == null || id == null ? null : name(kind, id);
        }
    }
}
