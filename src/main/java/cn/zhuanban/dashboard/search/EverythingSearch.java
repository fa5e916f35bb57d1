package cn.zhuanban.dashboard.search;

import cn.zhuanban.dashboard.search.SearchSection.Hit;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.meeting.ContactFilter;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * One search box for the ledgers a user may read: key projects, tickets, enterprises, enterprise plans, investment
 * leads and the contact log. Each ledger answers through its own module's list query, so its words, its data scope
 * and its paging are the same as on its list page; a ledger the user may not read is not asked.
 */
@Service
public class EverythingSearch {

    /** Matches shown per ledger; the ledger's list shows the rest. */
    static final int HITS = 5;

    /** Longer input is cut: the ledgers' own search fields take no more. */
    public static final int MAX_LENGTH = 100;

    private static final PageQuery FIRST = new PageQuery(0, HITS);

    private final ProjectReads projects;
    private final TicketLists tickets;
    private final EnterpriseManagement enterprises;
    private final EnterprisePlanLists plans;
    private final InvestmentManagement investment;
    private final ContactLogManagement contacts;

    EverythingSearch(
            ProjectReads projects,
            TicketLists tickets,
            EnterpriseManagement enterprises,
            EnterprisePlanLists plans,
            InvestmentManagement investment,
            ContactLogManagement contacts) {
        this.projects = projects;
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.plans = plans;
        this.investment = investment;
        this.contacts = contacts;
    }

    /** The sections of the ledgers the user may read, in menu order; empty for blank words. */
    public List<SearchSection> search(String words, CurrentUser user) {
        String q = words == null ? "" : words.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String w = q.length() > MAX_LENGTH ? q.substring(0, MAX_LENGTH) : q;
        String encoded = URLEncoder.encode(w, StandardCharsets.UTF_8);
        List<SearchSection> sections = new ArrayList<>();
        if (user.can(Permissions.PROJECT_VIEW)) {
            sections.add(section(
                    "search.projects",
                    "/projects?q=" + encoded,
                    projects.search(new ProjectFilter(w, null, null, null, null, null, null), user, FIRST),
                    p -> new Hit(p.name(), "/projects/" + p.id(), p.enterpriseName())));
        }
        if (user.can(Permissions.TICKET_VIEW)) {
            sections.add(section(
                    "search.tickets",
                    "/tickets?q=" + encoded,
                    tickets.search(new TicketFilter(w, null, null, null, null, null, null, null, null), user, FIRST),
                    t -> new Hit("#" + t.id() + " " + t.title(), "/tickets/" + t.id(), t.projectName())));
        }
        if (user.can(Permissions.ENTERPRISE_VIEW)) {
            sections.add(section(
                    "search.enterprises",
                    "/enterprises?q=" + encoded,
                    enterprises.search(w, user, FIRST),
                    e -> new Hit(e.name(), "/enterprises/" + e.id(), e.creditCode())));
        }
        if (user.can(Permissions.ENTERPRISE_PLAN_VIEW)) {
            sections.add(section(
                    "search.enterprise-plans",
                    "/enterprise-plans?q=" + encoded,
                    plans.plans(w, null, user, FIRST),
                    p -> new Hit(p.enterpriseName(), "/enterprise-plans/" + p.id(), null)));
        }
        if (user.can(Permissions.INVESTMENT_LEAD_VIEW)) {
            sections.add(section(
                    "search.leads",
                    "/investment/leads?q=" + encoded,
                    investment.leads(user, LeadFilter.matching(w), FIRST),
                    l -> new Hit(l.targetCompany(), "/investment/leads/" + l.id(), null)));
        }
        if (user.can(Permissions.CONTACT_VIEW)) {
            sections.add(section(
                    "search.contacts",
                    "/contacts?q=" + encoded,
                    contacts.search(new ContactFilter(w, null, null, null, null, null, null), user, FIRST),
                    c -> new Hit(
                            c.contactedOn() + " " + c.enterpriseName(),
                            "/contacts?enterpriseId=" + c.enterpriseId(),
                            c.content())));
        }
        return sections;
    }

    private static <T> SearchSection section(String titleKey, String more, PageResult<T> found, Function<T, Hit> hit) {
        return new SearchSection(
                titleKey,
                found.totalElements(),
                more,
                found.content().stream().map(hit).toList());
    }
}
