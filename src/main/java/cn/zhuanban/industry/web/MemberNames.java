package cn.zhuanban.industry.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names of the enterprises and projects attached to nodes, and the choices to attach. Until the
 * enterprise and project modules are merged, ids stand in for names.
 */
@Component
class MemberNames {

    Map<Long, String> enterprises(Collection<Long> ids) {
        return byId(ids);
    }

    Map<Long, String> projects(Collection<Long> ids) {
        return byId(ids);
    }

    Map<Long, String> enterpriseChoices() {
        return Map.of();
    }

    Map<Long, String> projectChoices() {
        return Map.of();
    }

    void checkEnterprise(long id) {}

    void checkProject(long id) {}

    private static Map<Long, String> byId(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, "#" + id));
        return names;
    }
}
