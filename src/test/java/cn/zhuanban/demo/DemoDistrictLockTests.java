package cn.zhuanban.demo;

import cn.zhuanban.HeldBootstrapLock;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.BootstrapLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Two nodes starting together on an empty database seed the demo district once: the later one waits its turn. */
@IntegrationTest
class DemoDistrictLockTests {

    @Autowired
    DemoDistrict district;

    @Autowired
    BootstrapLock lock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSecondNodeWaitsForTheSeedingNodeAndThenFindsTheDistrict() throws Exception {
        HeldBootstrapLock.assertWaitsForTheLock(lock, transactions, () -> district.run(null));
    }
}
