package cn.zhuanban.talent;

import cn.zhuanban.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Checks that a demand's enterprise exists and that its project belongs to that enterprise, so an
 * enterprise contact cannot hang a demand on someone else's project.
 */
@Component
class DemandReferences {

    void check(CurrentUser user, long enterpriseId, Long projectId) {
        // Enterprise and project modules are not merged yet; the check comes with them.
    }
}
