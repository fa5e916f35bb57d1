package cn.zhuanban.enterprise;

import cn.zhuanban.enterprise.domain.Enterprise;
import cn.zhuanban.enterprise.domain.EnterpriseQueries;
import cn.zhuanban.enterprise.domain.EnterpriseQueries.Visibility;
import cn.zhuanban.enterprise.domain.EnterpriseRepository;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and edits enterprises and answers questions about them. The directory follows the data scope like the
 * projects do (see package-info): the whole district sees all, an enterprise contact his own enterprise, a lead
 * official, a task-force member or a department handler the enterprises of the projects in his scope. An enterprise
 * outside it is not found, on the page, in the export, the API and the pick lists alike.
 */
@Service
@Transactional
public class EnterpriseManagement {

    private final EnterpriseRepository enterprises;
    private final EnterpriseQueries queries;
    private final ServedEnterprises served;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseManagement(
            EnterpriseRepository enterprises,
            EnterpriseQueries queries,
            ServedEnterprises served,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enterprises = enterprises;
        this.queries = queries;
        this.served = served;
        this.events = events;
        this.clock = clock;
    }

    public Saved register(EnterpriseForm form) {
        CreditCode code = CreditCode.parse(form.creditCode());
        checkCodeFree(code, null);
        return registerChecked(List.of(form), Actor.current()).getFirst();
    }

    /**
     * Registers enterprises whose credit codes the caller found well-formed and free, as {@link #register} does after
     * its check: one batch of inserts, then each enterprise's event. For an import, which checks a whole file's codes
     * in one query instead of one per row, and which runs in the background in its requester's name ({@code actor}).
     */
    List<Saved> registerChecked(List<EnterpriseForm> forms, Actor actor) {
        Instant now = clock.instant();
        List<Enterprise> saved = enterprises.saveAll(forms.stream()
                .map(form -> Enterprise.register(CreditCode.parse(form.creditCode()), details(form), now))
                .toList());
        return saved.stream().map(e -> registered(e, actor)).toList();
    }

    private Saved registered(Enterprise enterprise, Actor actor) {
        CreditCode code = new CreditCode(enterprise.getCreditCode());
        events.publishEvent(new EnterpriseRegistered(
                actor, enterprise.getId(), code.value(), ChangeSummary.of(enterprise.snapshot())));
        return new Saved(enterprise.getId(), Warning.about(code));
    }

    public Saved edit(long id, EnterpriseForm form, CurrentUser user) {
        find(id, user);
        CreditCode code = CreditCode.parse(form.creditCode());
        Enterprise enterprise = enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        if (!Objects.equals(form.version(), enterprise.getVersion())) {
            throw new ChangedMeanwhile("enterprise", enterprise.getVersion());
        }
        checkCodeFree(code, id);
        Map<String, Object> before = enterprise.snapshot();
        enterprise.recode(code);
        enterprise.describe(details(form), clock.instant());
        enterprises.save(enterprise);
        events.publishEvent(
                new EnterpriseUpdated(Actor.current(), id, ChangeSummary.between(before, enterprise.snapshot())));
        return new Saved(id, Warning.about(code));
    }

    @Transactional(readOnly = true)
    public EnterpriseView find(long id, CurrentUser user) {
        return queries.find(id, visibility(user)).orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    /** Whether the enterprise is in the user's directory scope (see {@link #find}). */
    @Transactional(readOnly = true)
    public boolean isVisible(long id, CurrentUser user) {
        return queries.find(id, visibility(user)).isPresent();
    }

    /**
     * The enterprise's name when it is in the user's directory scope, empty otherwise: what a list filtered by an
     * enterprise may print beside the filter. An id outside the scope is treated as unknown, so that trying ids does
     * not read out the names of enterprises whose records the list (rightly) leaves out.
     */
    @Transactional(readOnly = true)
    public Optional<String> visibleNameOf(Long id, CurrentUser user) {
        return id == null
                ? Optional.empty()
                : queries.find(id, visibility(user)).map(EnterpriseView::name);
    }

    @Transactional(readOnly = true)
    public PageResult<EnterpriseView> search(String q, CurrentUser user, PageQuery page) {
        return queries.search(q, visibility(user), page);
    }

    /** Names beside ids, for other modules' lists; one query for the whole set. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.namesOf(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /**
     * What an enterprise pick list in another module's form offers (e.g. a project's enterprise): up to a page of
     * enterprises by name whose name or credit code contains {@code q}, the first page when blank, with the {@code
     * selected} one first when it is not among them. A province has thousands of enterprises, and a form that edits
     * a record must still list the record's enterprise, or saving would drop it. The list follows the directory's
     * scope (an enterprise contact is offered his own enterprise, a narrower staff scope the enterprises of its
     * projects), except for whoever registers projects (see {@link #naming}).
     */
    @Transactional(readOnly = true)
    public List<EnterpriseOption> choices(CurrentUser user, String q, Long selected) {
        Visibility visibility = naming(user);
        List<EnterpriseOption> choices = new ArrayList<>(queries.choices(q, visibility, PageQuery.MAX_SIZE));
        if (selected != null && choices.stream().noneMatch(e -> e.id() == selected)) {
            queries.choice(selected, visibility).ifPresent(choices::addFirst);
        }
        return choices;
    }

    /** Whether the enterprise is on the user's pick list (see {@link #choices}): what a form may link a record to. */
    @Transactional(readOnly = true)
    public boolean isChoosable(long id, CurrentUser user) {
        return queries.choice(id, naming(user)).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return enterprises.existsById(id);
    }

    /** Names and credit codes beside ids, for other modules' ledgers; one query for the whole set. */
    @Transactional(readOnly = true)
    public Map<Long, EnterpriseOption> optionsOf(Collection<Long> ids) {
        return queries.optionsOf(
                ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /**
     * The enterprises with these credit codes that the user may see, by code, in one query per thousand codes: what an
     * import of projects names its enterprises by. An enterprise contact finds only their own enterprise.
     */
    @Transactional(readOnly = true)
    public Map<String, EnterpriseOption> byCreditCodes(Collection<String> codes, CurrentUser user) {
        return codes.isEmpty() ? Map.of() : queries.byCreditCodes(codes, naming(user));
    }

    /** Ids of enterprises whose name or credit code contains the text (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Long> idsMatching(String q, int limit) {
        return q == null || q.isBlank() ? List.of() : queries.idsMatching(q, limit);
    }

    /**
     * Which enterprises a user may name in a form or an import: those he sees, and the whole directory for a staff
     * member who registers projects (on the form or by import), since a new project's enterprise is, as a rule, not yet
     * among his projects'. A pick list carries the name and credit code only, none of the contact data.
     */
    private Visibility naming(CurrentUser user) {
        boolean registersProjects = user.can(Permissions.PROJECT_CREATE) || user.can(Permissions.PROJECT_IMPORT);
        return registersProjects && user.dataScope() != null && user.dataScope() != DataScope.ENTERPRISE
                ? Visibility.ALL
                : visibility(user);
    }

    /** A user without a data scope (the administrators) sees no enterprise, as he sees no project. */
    private Visibility visibility(CurrentUser user) {
        if (user.dataScope() == null) {
            return Visibility.NONE;
        }
        return switch (user.dataScope()) {
            case ALL -> Visibility.ALL;
            case ENTERPRISE -> Visibility.only(user.enterpriseId());
            case LED_PROJECTS, TASK_FORCE, DEPARTMENT -> {
                ServedEnterprises.Condition condition = served.of(user);
                yield new Visibility("(" + condition.sql() + ")", condition.params());
            }
        };
    }

    private void checkCodeFree(CreditCode code, Long self) {
        enterprises
                .findByCreditCode(code.value())
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw new BusinessException(ErrorCode.CREDIT_CODE_TAKEN, "creditCode", code.value());
                });
    }

    private static Enterprise.Details details(EnterpriseForm form) {
        return new Enterprise.Details(
                form.name(),
                form.legalRepresentative(),
                form.industryCode(),
                form.address(),
                form.contactName(),
                form.contactPhone(),
                form.description());
    }
}
