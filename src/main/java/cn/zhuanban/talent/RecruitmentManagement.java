package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.EventView;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import cn.zhuanban.talent.domain.RecruitmentEvent;
import cn.zhuanban.talent.domain.RecruitmentEventRepository;
import cn.zhuanban.talent.domain.RecruitmentQueries;
import cn.zhuanban.talent.domain.TalentService;
import cn.zhuanban.talent.domain.TalentServiceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment events (campus recruitment, job fairs) linked to the demands they serve, and talent
 * services (housing, schooling, subsidies, social-insurance transfer) tracked as items with an
 * owner and a deadline. Staff work only: for an enterprise contact, none of it exists.
 */
@Service
@Transactional
public class RecruitmentManagement {

    private static final String EVENT = "recruitment-event";
    private static final String SERVICE = "talent-service";

    private final RecruitmentEventRepository recruitmentEvents;
    private final TalentServiceRepository services;
    private final RecruitmentQueries queries;
    private final RecruitmentReferences references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecruitmentManagement(
            RecruitmentEventRepository recruitmentEvents,
            TalentServiceRepository services,
            RecruitmentQueries queries,
            RecruitmentReferences references,
            ApplicationEventPublisher events,
            Clock clock) {
        this.recruitmentEvents = recruitmentEvents;
        this.services = services;
        this.queries = queries;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    public long createEvent(CurrentUser user, EventForm form) {
        references.checkStaff(user, EVENT, null);
        RecruitmentEvent event = RecruitmentEvent.create(clock.instant());
        event.describe(details(form), references.demandIds(user, form));
        event = recruitmentEvents.save(event);
        publish("talent.event.created", EVENT, event.getId(), form.name() + " " + form.heldOn());
        return event.getId();
    }

    public void editEvent(CurrentUser user, long id, EventForm form) {
        references.checkStaff(user, EVENT, id);
        RecruitmentEvent event = recruitmentEvents.findById(id).orElseThrow(() -> new NotFoundException(EVENT, id));
        checkVersion(event.getVersion(), form.version());
        Map<String, Object> before = event.snapshot();
        event.describe(details(form), references.demandIds(user, form));
        recruitmentEvents.save(event);
        publish("talent.event.updated", EVENT, id, ChangeSummary.between(before, event.snapshot()));
    }

    public long openService(CurrentUser user, ServiceForm form) {
        references.checkStaff(user, SERVICE, null);
        references.check(form);
        TalentService service = TalentService.open(clock.instant());
        describe(service, form);
        service = services.save(service);
        publish("talent.service.created", SERVICE, service.getId(), describe(service));
        return service.getId();
    }

    public void editService(CurrentUser user, long id, ServiceForm form) {
        references.checkStaff(user, SERVICE, id);
        TalentService service = services.findById(id).orElseThrow(() -> new NotFoundException(SERVICE, id));
        checkVersion(service.getVersion(), form.version());
        references.check(form);
        Map<String, Object> before = service.snapshot();
        describe(service, form);
        services.save(service);
        publish("talent.service.updated", SERVICE, id, ChangeSummary.between(before, service.snapshot()));
    }

    public void serviceDone(CurrentUser user, long id) {
        references.checkStaff(user, SERVICE, id);
        TalentService service = services.findById(id).orElseThrow(() -> new NotFoundException(SERVICE, id));
        service.done(LocalDate.now(clock), clock.instant());
        services.save(service);
        publish("talent.service.done", SERVICE, id, service.getKind() + " done " + LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public PageResult<EventView> events(String q, PageQuery page) {
        return queries.events(q, page);
    }

    @Transactional(readOnly = true)
    public EventView event(CurrentUser user, long id) {
        references.checkStaff(user, EVENT, id);
        return queries.event(id).orElseThrow(() -> new NotFoundException(EVENT, id));
    }

    @Transactional(readOnly = true)
    public PageResult<ServiceView> services(ServiceFilter filter, PageQuery page) {
        return queries.services(filter, LocalDate.now(clock), page);
    }

    @Transactional(readOnly = true)
    public ServiceView service(CurrentUser user, long id) {
        references.checkStaff(user, SERVICE, id);
        return queries.service(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException(SERVICE, id));
    }

    private void describe(TalentService service, ServiceForm form) {
        service.describe(
                form.kind(),
                form.enterpriseId(),
                form.candidateId(),
                form.ownerId(),
                form.deadline(),
                form.description(),
                clock.instant());
    }

    private static String describe(TalentService s) {
        return s.getKind() + " owner " + s.getOwnerId() + " deadline " + s.getDeadline();
    }

    private static RecruitmentEvent.Details details(EventForm f) {
        return new RecruitmentEvent.Details(
                f.name(), f.kind(), f.heldOn(), f.place(), f.attendees(), f.offers(), f.note());
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ChangedMeanwhile("recruitment record", actual);
        }
    }

    private void publish(String action, String type, long id, String summary) {
        events.publishEvent(new TalentChanged(Actor.current(), action, type, id, summary));
    }
}
