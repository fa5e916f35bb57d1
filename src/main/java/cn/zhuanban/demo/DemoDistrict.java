package cn.zhuanban.demo;

import cn.zhuanban.identity.BootstrapLock;
import cn.zhuanban.project.ProjectLighting;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo district once, in one transaction, after the identity bootstrap created the
 * roles and administrators. Runs only when no department exists yet; nodes starting together on an empty database
 * take turns under the {@link BootstrapLock}, and the later one finds the district in.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "zhuanban.demo.enabled", havingValue = "true")
class DemoDistrict implements ApplicationRunner {

    private final BootstrapLock lock;
    private final DemoPeople people;
    private final DemoProjects projects;
    private final DemoTickets tickets;
    private final DemoAttraction attraction;
    private final DemoPlans plans;
    private final DemoSchedules schedules;
    private final DemoInvestment investment;
    private final DemoMeetings meetings;
    private final DemoContacts contacts;
    private final DemoEvaluations evaluations;
    private final ProjectLighting lighting;

    DemoDistrict(
            BootstrapLock lock,
            DemoPeople people,
            DemoProjects projects,
            DemoTickets tickets,
            DemoAttraction attraction,
            DemoPlans plans,
            DemoSchedules schedules,
            DemoInvestment investment,
            DemoMeetings meetings,
            DemoContacts contacts,
            DemoEvaluations evaluations,
            ProjectLighting lighting) {
        this.lock = lock;
        this.people = people;
        this.projects = projects;
        this.tickets = tickets;
        this.attraction = attraction;
        this.plans = plans;
        this.schedules = schedules;
        this.investment = investment;
        this.meetings = meetings;
        this.contacts = contacts;
        this.evaluations = evaluations;
        this.lighting = lighting;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.take();
        if (people.seeded()) {
            return;
        }
        // The lights judged on the way are not audited one by one: each project's audit trail gets the light its
        // story ends on, as its history of lights does (DemoProjects#retellLights).
        lighting.unannounced(() -> {
            DemoPeople.Seeded seeded = people.seed();
            projects.seed(seeded);
            tickets.seed(seeded);
            attraction.seed(seeded);
            plans.seed(seeded);
            schedules.seed();
            investment.seed();
            meetings.seed(seeded);
            contacts.seed();
            evaluations.seed();
            projects.retellLights();
        });
        projects.announceLights();
    }
}
