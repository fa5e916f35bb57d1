package cn.zhuanban.identity.security;

import cn.zhuanban.identity.domain.SecuritySettings;
import cn.zhuanban.shared.ChangedMeanwhile;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Changes a security setting and records the change, in one transaction. */
@Component
public class SecuritySettingsAudit {

    private final SecuritySettings settings;
    private final SecurityEvents events;

    SecuritySettingsAudit(SecuritySettings settings, SecurityEvents events) {
        this.settings = settings;
        this.events = events;
    }

    /**
     * Saves the settings form read at {@code version}; refused as {@link ChangedMeanwhile} when another save came
     * after the form was read, so the older form cannot silently put back what the newer save changed.
     */
    @Transactional
    public void changeAll(Map<String, Integer> values, int version) {
        if (!settings.advanceVersion(version)) {
            throw new ChangedMeanwhile("security settings", settings.version());
        }
        values.forEach(this::change);
    }

    @Transactional
    public void change(String name, int value) {
        String before = settings.all().get(name);
        if (!Objects.equals(before, Integer.toString(value))) {
            settings.set(name, value);
            events.record(
                    cn.zhuanban.shared.Actor.current().username(),
                    "security.setting-changed",
                    name + ": " + before + " → " + value);
        }
    }
}
