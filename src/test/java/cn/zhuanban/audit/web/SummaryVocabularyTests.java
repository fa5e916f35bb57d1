package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.identity.AdminDuty;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.domain.SecondFactorPolicy;
import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investment.FollowUpKind;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.investmentreport.ReportStatus;
import cn.zhuanban.meeting.ActionState;
import cn.zhuanban.meeting.ContactChannel;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.MatchStep;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.Urgency;
import cn.zhuanban.ticket.EscalationCause;
import cn.zhuanban.ticket.EscalationLevel;
import cn.zhuanban.ticket.TicketCard;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketDeadline;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketState;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code an event writes into a summary reads as a word in both languages, for the entity type its records carry:
 * a new value of one of these enums without a label fails here. Every field of the snapshots that summaries list, and
 * every field the events name themselves, has an {@code audit.field.<name>} label in both bundles.
 */
class SummaryVocabularyTests {

    /** The enums whose codes the events of each entity type write (enum values, or codes stored as text). */
    static final Map<String, List<Object>> WRITTEN = Map.ofEntries(
            Map.entry("project", codes(StatusLight.class, ProjectStage.class, ProjectLevel.class)),
            Map.entry(
                    "ticket",
                    codes(
                            TicketState.class,
                            TicketOutcome.class,
                            TicketRating.class,
                            TicketCard.class,
                            TicketDeadline.class,
                            EscalationLevel.class,
                            TicketCategory.class,
                            TicketSeverity.class)),
            // An extension decision's answer is written as a code of its own, like a rating.
            Map.entry("ticket-extension-decision", List.of("APPROVED", "REFUSED")),
            // Only a dissatisfied rating is named in an escalation's summary.
            Map.entry("ticket-escalation-cause", List.of(EscalationCause.DISSATISFIED)),
            Map.entry("ticket-sla-rule", codes(TicketCategory.class, TicketSeverity.class)),
            Map.entry("service-evaluation", codes(ServiceRating.class)),
            Map.entry("contact", codes(ContactChannel.class)),
            Map.entry("meeting", List.of("DRAFT", "CONFIRMED")),
            Map.entry("meeting-series", codes(DayOfWeek.class)),
            Map.entry("meeting-action", codes(ActionState.class)),
            Map.entry("investment-lead", codes(LeadStage.class, LeadChannel.class, FollowUpKind.class)),
            Map.entry("investment-partner", codes(PartnerKind.class)),
            Map.entry("investment_report", codes(ReportStatus.class)),
            // A match's step is recorded on the demand it fills.
            Map.entry("talent-demand", codes(MatchStep.class, Education.class, Urgency.class, DemandStatus.class)),
            Map.entry("talent-candidate", codes(MatchStep.class, Education.class, CandidateSource.class)),
            Map.entry("recruitment-event", codes(EventKind.class)),
            Map.entry("talent-service", codes(ServiceKind.class)),
            Map.entry("chain-node", codes(NodeStatus.class, ChainSegment.class)),
            Map.entry("enterprise-plan", codes(MeasureProgress.class, PlanStatus.class)),
            Map.entry("service-item", codes(ServiceItemStatus.class, ServiceItemKind.class)),
            Map.entry("user", codes(DataScope.class)),
            Map.entry("role", codes(DataScope.class, AdminDuty.class)));

    static final List<String> BUNDLES =
            List.of("src/main/resources/messages.properties", "src/main/resources/messages_zh_CN.properties");

    static final SummaryReading reading = new SummaryReading(SummaryReadingTests.bundles(), RoleNames.NONE);

    @Test
    void everyCodeAnEventWritesReadsAsAWordInBothLanguages() {
        List<String> unread = new ArrayList<>();
        WRITTEN.forEach((type, codes) -> {
            String entityType = type.equals("ticket-escalation-cause") || type.equals("ticket-extension-decision")
                    ? "ticket"
                    : type;
            for (Object code : codes) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    String name = code instanceof Enum<?> e ? e.name() : code.toString();
                    if (reading.read(name, entityType, locale).equals(name)) {
                        unread.add(entityType + " " + name + " " + locale);
                    }
                }
            }
        });
        assertThat(unread)
                .as("codes without a label under SummaryVocabulary's prefixes")
                .isEmpty();
    }

    @Test
    void everyFieldTheSummariesListHasALabelInBothBundles() throws IOException {
        Set<String> fields = fieldsInSources(Path.of("src/main/java"));
        assertThat(fields).as("the scan finds the fields").contains("statusLight", "rating", "channel", "memberIds");
        for (String bundle : BUNDLES) {
            Properties labels = load(bundle);
            assertThat(fields.stream().filter(f -> !labels.containsKey("audit.field." + f)))
                    .as("fields without audit.field.<name> in " + bundle)
                    .isEmpty();
        }
    }

    @Test
    void everySecuritySettingHasALabelInBothBundles() throws IOException, IllegalAccessException {
        Set<String> settings = new TreeSet<>();
        for (Field field : SecuritySettings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                settings.add((String) field.get(null));
            }
        }
        assertThat(settings)
                .as("the scan finds the settings")
                .contains("lockout.minutes", SettingSummary.SECOND_FACTOR);
        for (String bundle : BUNDLES) {
            Properties labels = load(bundle);
            assertThat(settings.stream().filter(name -> !labels.containsKey("audit.setting." + name)))
                    .as("security settings without audit.setting.<name> in " + bundle)
                    .isEmpty();
        }
        assertThat(SettingSummary.SECOND_FACTOR_CHOICES)
                .as("the second factor's choices in the order of their stored numbers")
                .containsExactlyElementsOf(Arrays.stream(SecondFactorPolicy.values())
                        .map(p -> p.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    /** The keys of the {@code snapshot} maps, and the {@code field: } or {@code field=} in the events' own text. */
    static Set<String> fieldsInSources(Path sources) throws IOException {
        Pattern snapshot = Pattern.compile("Map<String, Object> snapshot\\([^)]*\\) \\{(.*?)return ", Pattern.DOTALL);
        Pattern key = Pattern.compile("\\.put\\(\\s*\"([a-z][A-Za-z]*)\"");
        Pattern literal = Pattern.compile("\"([^\"\\\\]*)\"");
        Pattern named = Pattern.compile("(?:^|[ ,;\\[])([a-z][A-Za-z]*)(?:=|: )");
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher body = snapshot.matcher(text);
                while (body.find()) {
                    key.matcher(body.group(1)).results().forEach(m -> fields.add(m.group(1)));
                }
                if (text.contains("implements AuditedEvent")) {
                    Matcher l = literal.matcher(text);
                    while (l.find()) {
                        named.matcher(l.group(1)).results().forEach(m -> fields.add(m.group(1)));
                    }
                }
            }
        }
        return fields;
    }

    private static List<Object> codes(Class<?>... enums) {
        return Arrays.stream(enums)
                .flatMap(e -> Arrays.stream(e.getEnumConstants()))
                .map(Object.class::cast)
                .toList();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
