package cn.zhuanban.dashboard;

import cn.zhuanban.identity.CurrentUser;
import java.util.List;

/**
 * Implemented by each module that has something waiting for users. The dashboard collects all
 * implementations; a source returns nothing for users without the permission to see it.
 */
public interface WorkbenchSource {

    List<WorkbenchItem> itemsFor(CurrentUser user);
}
