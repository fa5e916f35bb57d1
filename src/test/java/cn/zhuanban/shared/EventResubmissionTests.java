package cn.zhuanban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/** Only events older than any listener takes are handed over again: younger ones may be in work on another node. */
class EventResubmissionTests {

    @Test
    void handsOverOnlyIncompleteEventsOlderThanTheConfiguredAge() {
        List<Duration> asked = new ArrayList<>();
        IncompleteEventPublications registry = new IncompleteEventPublications() {
            @Override
            public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
                throw new AssertionError("every incomplete event, also those in work elsewhere");
            }

            @Override
            public void resubmitIncompletePublicationsOlderThan(Duration duration) {
                asked.add(duration);
            }

            @Override
            public void resubmitIncompletePublications(ResubmissionOptions options) {
                throw new AssertionError("not the age rule");
            }
        };
        new EventResubmission(registry, Duration.ofMinutes(15)).resubmit();
        assertThat(asked).containsExactly(Duration.ofMinutes(15));
    }
}
