package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The task force list names each task force's lead and chief service officer, where it has them. */
@IntegrationTest
class TaskForceListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForceManagement taskForces;

    @Test
    void aPageOfTaskForcesWithoutLeadOrChiefOfficerIsListed() throws Exception {
        String name = TestCodes.unique("无牵头专班");
        taskForces.create(new TaskForceForm(name, null, null, Set.of(), Set.of(), 0));

        assertThat(mvc.perform(get("/task-forces").param("q", name).session(WebTestSupport.login(mvc, "dispatch")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name);
    }
}
