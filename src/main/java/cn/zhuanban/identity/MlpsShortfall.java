package cn.zhuanban.identity;

import java.util.List;

/**
 * A security setting below MLPS level 3 (等保三级), as the settings page says it.
 *
 * @param key the message key of the hint
 * @param roles the display names of the roles the hint is about, in the roles' order; empty when it names none
 */
public record MlpsShortfall(String key, List<String> roles) {

    public MlpsShortfall {
        roles = List.copyOf(roles);
    }

    static MlpsShortfall of(String key) {
        return new MlpsShortfall(key, List.of());
    }
}
