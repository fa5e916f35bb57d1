package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.SecuritySettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lock that first-start seeding holds while it checks whether its data is in and creates it: several nodes may
 * start together on one empty database, and without it each found nothing and inserted the same rows, and all but one
 * stopped on a duplicate key. Taken in the caller's transaction, held until it ends; the later node waits and then
 * finds the data.
 */
@Component
public class BootstrapLock {

    private final SecuritySettings settings;

    BootstrapLock(SecuritySettings settings) {
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void take() {
        settings.lockForBootstrap();
    }
}
