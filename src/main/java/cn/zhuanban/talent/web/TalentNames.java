package cn.zhuanban.talent.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names of enterprises and projects beside the ids talent data carries, and the choices for the
 * demand form. Until the enterprise and project modules are merged, ids stand in for names.
 */
@Component
class TalentNames {

    Map<Long, String> enterprises(Collection<Long> ids) {
        return byId(ids);
    }

    Map<Long, String> projects(Collection<Long> ids) {
        return byId(ids);
    }

    Map<Long, String> enterpriseChoices() {
        return Map.of();
    }

    Map<Long, String> projectChoices(Long enterpriseId) {
        return Map.of();
    }

    private static Map<Long, String> byId(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(id -> names.put(id, "#" + id));
        return names;
    }
}
