package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.talent.MatchStep;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCardRaised;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketEscalated;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action and entity type the code can write to the audit log has a label in both languages, so the auditor
 * reads 交办问题 and 招商线索, not {@code ticket.assigned} and {@code investment-lead}. The names are read from the
 * main source (see {@link AuditedNames}); those built from an enum are enumerated here.
 */
class AuditLabelsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> BUNDLES =
            List.of("src/main/resources/messages.properties", "src/main/resources/messages_zh_CN.properties");

    private static AuditedNames names;

    @BeforeAll
    static void readSources() {
        names = AuditedNames.of(SOURCES);
    }

    @Test
    void everyActionTheCodeWritesHasALabel() throws IOException {
        Set<String> actions = new TreeSet<>(names.actions);
        actions.addAll(builtFromEnums());

        assertThat(actions).as("the scan finds the actions").contains("user.created", "ticket.resolved", "logout");
        for (String bundle : BUNDLES) {
            Properties labels = load(bundle);
            assertThat(actions.stream().filter(a -> !labels.containsKey("audit.action." + a)))
                    .as("actions without audit.action.<action> in " + bundle)
                    .isEmpty();
        }
    }

    @Test
    void everyEntityTypeTheCodeWritesHasALabel() throws IOException {
        assertThat(names.computedEntityTypePrefixes).isEmpty();
        assertThat(names.entityTypes)
                .as("the scan finds the entity types")
                .contains("user", "ticket", "investment-lead", "talent-candidate", "meeting-action", "ledger");
        assertThat(AuditedEntityTypes.ALL)
                .as("the log's filter offers every type")
                .containsAll(names.entityTypes);
        for (String bundle : BUNDLES) {
            Properties labels = load(bundle);
            assertThat(names.entityTypes.stream().filter(t -> !labels.containsKey("audit.entity." + t)))
                    .as("entity types without audit.entity.<type> in " + bundle)
                    .isEmpty();
        }
    }

    @Test
    void everyActionBuiltByConcatenationIsEnumeratedHere() {
        Set<String> built = builtFromEnums();
        assertThat(names.computedActionPrefixes)
                .as("prefixes of actions built from values: enumerate them in builtFromEnums()")
                .allMatch(p -> built.stream().anyMatch(a -> a.startsWith(p)), "enumerated");
    }

    /**
     * Actions built from an enum: every card for every deadline and every escalation level (by the events
     * themselves), every step of a talent match (as {@code TalentManagement} builds it).
     */
    private static Set<String> builtFromEnums() {
        Set<String> actions = new TreeSet<>();
        Actor actor = Actor.of("test");
        for (TicketCard card : List.of(TicketCard.YELLOW, TicketCard.RED)) {
            for (TicketDeadline deadline : TicketDeadline.values()) {
                actions.add(new TicketCardRaised(actor, 1, card, 1, null, null, "", deadline, null).action());
            }
        }
        Arrays.stream(EscalationLevel.values())
                .filter(level -> level != EscalationLevel.NONE)
                .forEach(level -> actions.add(new TicketEscalated(actor, 1, level, 1, null, null, "", null).action()));
        Arrays.stream(MatchStep.values())
                .forEach(step -> actions.add("talent.match." + step.name().toLowerCase(Locale.ROOT)));
        return actions;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
