package cn.zhuanban.talent;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The talent demand named in a path ({@code /talent/demands/{id}/…}), checked before the form is read: a demand that
 * does not exist or that the user does not see is a 404, not a 400 naming the missing status.
 */
@Component
public class DemandPaths implements CheckedBeforeBinding.PathCheck {

    private final TalentManagement talent;

    DemandPaths(TalentManagement talent) {
        this.talent = talent;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        talent.demand(user, CheckedBeforeBinding.PathCheck.number(path, "id", "talent-demand"));
    }
}
