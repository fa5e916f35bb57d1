package cn.zhuanban.demo;

import org.springframework.stereotype.Component;

/** Enterprises, key projects and task forces of the demo district. */
@Component
class DemoProjects {

    void seed(DemoPeople.Seeded seeded) {
        // Filled in with the enterprise and project modules.
    }
}
