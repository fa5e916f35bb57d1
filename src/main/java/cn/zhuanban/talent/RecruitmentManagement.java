package cn.zhuanban.talent;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.EventView;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import cn.zhuanban.talent.domain.DemandRepository;
import cn.zhuanban.talent.domain.RecruitmentEvent;
import cn.zhuanban.talent.domain.RecruitmentEventRepository;
import cn.zhuanban.talent.domain.RecruitmentQueries;
import cn.zhuanban.talent.domain.TalentService;
import cn.zhuanban.talent.domain.TalentServiceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment events (campus recruitment, job fairs) linked to the demands they serve, and talent
 * services (housing, schooling, subsidies, social-insurance transfer) tracked as items with an
 * owner and a deadline. Staff work only.
 */
@Service
@Transactional
public class RecruitmentManagement {

    private final RecruitmentEventRepository recruitmentEvents;
    private final TalentServiceRepository services;
    private final DemandRepository demands;
    private final RecruitmentQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecruitmentManagement(
            RecruitmentEventRepository recruitmentEvents,
            TalentServiceRepository services,
            DemandRepository demands,
            RecruitmentQueries queries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.recruitmentEvents = recruitmentEvents;
        this.services = services;
        this.demands = demands;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    public long createEvent(EventForm form) {
        RecruitmentEvent event = RecruitmentEvent.create(clock.instant());
        event.describe(details(form), demandIds(form));
        event = recruitmentEvents.save(event);
        publish("talent.event.created", "recruitment-event", event.getId(), form.name() + " " + form.heldOn());
        return event.getId();
    }

    public void editEvent(long id, EventForm form) {
        RecruitmentEvent event =
                recruitmentEvents.findById(id).orElseThrow(() -> new NotFoundException("recruitment-event", id));
        checkVersion(event.getVersion(), form.version());
        event.describe(details(form), demandIds(form));
        recruitmentEvents.save(event);
        publish("talent.event.updated", "recruitment-event", id, form.name() + " demands " + demandIds(form));
    }

    public long openService(ServiceForm form) {
        TalentService service = TalentService.open(clock.instant());
        service.describe(
                form.kind(),
                form.enterpriseId(),
                form.candidateId(),
                form.ownerId(),
                form.deadline(),
                form.description(),
                clock.instant());
        service = services.save(service);
        publish(
                "talent.service.created",
                "talent-service",
                service.getId(),
                form.kind() + " owner " + form.ownerId() + " deadline " + form.deadline());
        return service.getId();
    }

    public void serviceDone(long id) {
        TalentService service = services.findById(id).orElseThrow(() -> new NotFoundException("talent-service", id));
        service.done(LocalDate.now(clock), clock.instant());
        services.save(service);
        publish("talent.service.done", "talent-service", id, service.getKind() + " done " + LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public PageResult<EventView> events(PageQuery page) {
        return queries.events(page);
    }

    @Transactional(readOnly = true)
    public PageResult<ServiceView> services(ServiceFilter filter, PageQuery page) {
        return queries.services(filter, LocalDate.now(clock), page);
    }

    private List<Long> demandIds(EventForm form) {
        List<Long> ids = form.demandIds() == null
                ? List.of()
                : form.demandIds().stream().distinct().toList();
        ids.forEach(id -> demands.findById(id).orElseThrow(() -> new NotFoundException("talent-demand", id)));
        return ids;
    }

    private static RecruitmentEvent.Details details(EventForm f) {
        return new RecruitmentEvent.Details(
                f.name(), f.kind(), f.heldOn(), f.place(), f.attendees(), f.offers(), f.note());
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new TalentChanged(Actor.current(), action, type, id, summary));
    }
}
