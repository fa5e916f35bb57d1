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
        changeAll(values, null, version);
    }

    /**
     * As {@link #changeAll(Map, int)}, with the session limits of single roles by role code (a null limit: the role
     * follows the global one); {@code roleSessions} null leaves them as they are.
     */
    @Transactional
    public void changeAll(Map<String, Integer> values, Map<String, Integer> roleSessions, int version) {
        if (!settings.advanceVersion(version)) {
            throw new ChangedMeanwhile("security settings", settings.version());
        }
        values.forEach(this::change);
        if (roleSessions != null) {
            Map<String, Integer> before = settings.sessionsPerRole();
            roleSessions.forEach((code, value) -> changeRoleSessions(code, before.get(code), value));
        }
    }

    private void changeRoleSessions(String roleCode, Integer before, Integer value) {
        if (!Objects.equals(before, value)) {
            settings.setSessionsPerRole(roleCode, value);
            events.record(
                    cn.zhuanban.shared.Actor.current().username(),
                    "security.setting-changed",
                    SecuritySettings.SESSIONS_PER_ROLE + roleCode + ": " + before + " → " + value);
        }
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
