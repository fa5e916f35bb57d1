package cn.zhuanban;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no cycles, no access to another module's internal packages. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ZhuanbanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
